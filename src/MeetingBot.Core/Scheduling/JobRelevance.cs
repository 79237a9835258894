namespace MeetingBot.Core.Scheduling;

/// <summary>
/// Whether a due (possibly late) meeting job is still worth running. A job missed while the service
/// was down runs when it comes back, unless what it announces has already happened.
/// </summary>
public static class JobRelevance
{
    /// <summary>Null when the job should run; otherwise why it is dropped (for the log and the schedule listing).</summary>
    /// <param name="requested">
    /// Asked for in chat rather than planned: an agenda asked for goes out even without items, since the
    /// card still carries the time, the place and the answer buttons.
    /// </param>
    public static string? DropReason(JobKind kind, ScheduledMeeting? meeting, DateTimeOffset now, ScheduleRules rules, bool requested = false)
    {
        ArgumentNullException.ThrowIfNull(rules);
        // An assignment reminder has no meeting; its handler checks the assignment is still open and due then.
        if (kind is JobKind.RenewSubscription or JobKind.RereadRsvps or JobKind.RemindJustering or JobKind.RemindAssignment)
        {
            return null;
        }

        if (meeting is null)
        {
            return "the meeting no longer exists";
        }

        if (meeting.Cancelled)
        {
            return "the meeting is cancelled";
        }

        return kind switch
        {
            JobKind.PostAgenda or JobKind.RemindEmptyAgenda or JobKind.RemindUnanswered when now >= meeting.StartUtc => "the meeting has started",
            JobKind.PostAgenda when meeting.AgendaItemCount == 0 && !requested => "the agenda has no items",
            JobKind.RemindEmptyAgenda when meeting.AgendaItemCount > 0 => "the agenda has items",
            JobKind.OfferDraft when now > meeting.EndUtc + rules.DraftOfferUsefulFor => "the meeting ended too long ago",
            _ => null,
        };
    }
}
