using MeetingBot.Core.Calendar;

namespace MeetingBot.Core.Meetings;

/// <summary>
/// What an attendee's reply to the Outlook invitation amounts to in the one attendance model.
/// "Tentative" and "none" are no answer. A reply without a time (Outlook sometimes records one)
/// is placed at the Unix epoch, so any answer with a time counts over it.
/// </summary>
public static class OutlookAnswer
{
    public static MemberAnswer? Of(AttendeeResponse reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        AttendanceAnswer? answer = reply.Response switch
        {
            CalendarResponse.Accepted => AttendanceAnswer.Accepted,
            CalendarResponse.Declined => AttendanceAnswer.Declined,
            _ => null,
        };
        return answer is { } given
            ? new MemberAnswer(given, null, null, ReplySource.Outlook, (reply.RespondedAt ?? DateTimeOffset.UnixEpoch).ToUniversalTime())
            : null;
    }
}
