namespace MeetingBot.Core.Calendar;

/// <summary>
/// One reply by one member to one meeting. <see cref="At"/> is absent when the source gave no time
/// (Outlook sometimes records an answer without one); such a reply loses to any timed reply.
/// </summary>
public sealed record Rsvp(string Email, DateOnly Date, RsvpAnswer Answer, DateTimeOffset? At, RsvpSource Source)
{
    /// <summary>
    /// The Outlook reply an attendee's calendar response amounts to, or none when they have not answered.
    /// </summary>
    public static Rsvp? FromCalendar(DateOnly date, AttendeeResponse response)
    {
        RsvpAnswer? answer = response.Response switch
        {
            CalendarResponse.Accepted => RsvpAnswer.Attending,
            CalendarResponse.TentativelyAccepted => RsvpAnswer.Tentative,
            CalendarResponse.Declined => RsvpAnswer.NotAttending,
            _ => null,
        };
        return answer is { } a ? new Rsvp(response.Email, date, a, response.RespondedAt, RsvpSource.Outlook) : null;
    }
}
