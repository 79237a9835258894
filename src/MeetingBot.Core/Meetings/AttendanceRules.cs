namespace MeetingBot.Core.Meetings;

/// <summary>
/// Whether a new answer is stored and whether it counts. The latest answer wins whatever its
/// source; on equal times Teams wins, because a card answer is given knowingly to the bot while
/// an Outlook reply may be automatic.
/// </summary>
public static class AttendanceRules
{
    public static AttendanceOutcome Decide(MemberAnswer? current, MemberAnswer answer, DateTimeOffset meetingStart, MeetingState state)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (state == MeetingState.Cancelled)
        {
            return AttendanceOutcome.MeetingCancelled;
        }

        if (answer.At >= meetingStart)
        {
            return AttendanceOutcome.MeetingStarted;
        }

        if (current is null)
        {
            return AttendanceOutcome.Recorded;
        }

        if (current.SaysTheSameAs(answer))
        {
            return AttendanceOutcome.Unchanged;
        }

        return Counts(answer, over: current) ? AttendanceOutcome.Recorded : AttendanceOutcome.Superseded;
    }

    private static bool Counts(MemberAnswer answer, MemberAnswer over) =>
        answer.At > over.At || (answer.At == over.At && answer.Source == ReplySource.Teams && over.Source == ReplySource.Outlook);
}
