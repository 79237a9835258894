namespace MeetingBot.Core.Calendar;

/// <summary>
/// Combines replies from Teams and Outlook into one entry per member and meeting. Emails compare
/// case-insensitively (Exchange does); within one source the latest reply replaces earlier ones.
/// </summary>
public static class RsvpMerge
{
    public static IReadOnlyList<MemberRsvp> Merge(IEnumerable<Rsvp> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        return
        [
            .. replies
                .GroupBy(r => (Email: r.Email.ToUpperInvariant(), r.Date))
                .Select(g => new MemberRsvp(
                    g.First().Email,
                    g.Key.Date,
                    Latest(g, RsvpSource.Teams),
                    Latest(g, RsvpSource.Outlook)))
                .OrderBy(m => m.Date)
                .ThenBy(m => m.Email, StringComparer.OrdinalIgnoreCase),
        ];
    }

    /// <summary>Outlook replies for every meeting of a calendar read, ready to merge.</summary>
    public static IEnumerable<Rsvp> FromCalendar(IEnumerable<MeetingResponses> meetings) =>
        meetings.SelectMany(m => m.Attendees.Select(a => Rsvp.FromCalendar(m.Date, a))).OfType<Rsvp>();

    private static Rsvp? Latest(IEnumerable<Rsvp> replies, RsvpSource source) =>
        replies.Where(r => r.Source == source).MaxBy(r => r.At ?? DateTimeOffset.MinValue);
}
