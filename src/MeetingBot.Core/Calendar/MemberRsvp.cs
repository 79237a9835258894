namespace MeetingBot.Core.Calendar;

/// <summary>
/// A member's replies to one meeting, one per source, both kept so the secretariat can see where an
/// answer came from. <see cref="Current"/> is the one that counts: the latest; on a tie, Teams,
/// because a card answer is given knowingly to the bot while Outlook may be an automatic reply.
/// </summary>
public sealed record MemberRsvp(string Email, DateOnly Date, Rsvp? Teams, Rsvp? Outlook)
{
    public Rsvp? Current => (Teams, Outlook) switch
    {
        (null, var o) => o,
        (var t, null) => t,
        var (t, o) => (o.At ?? DateTimeOffset.MinValue) > (t.At ?? DateTimeOffset.MinValue) ? o : t,
    };
}
