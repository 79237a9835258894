using MeetingBot.Core.Cards;

namespace MeetingBot.Core.Assignments;

/// <summary>
/// The agenda items the form offers for a meeting: "Återrapportering: …" for each open assignment due
/// by the meeting's date, unless the agenda already has that item. The title and summary stay Swedish
/// in both languages: they become the protocol's text.
/// </summary>
public static class ReportBackItems
{
    public const string Prefix = "Återrapportering: ";

    public static IReadOnlyList<AgendaOffer> For(IEnumerable<TrackedAssignment> assignments, DateOnly meetingDate, IEnumerable<string> agendaTitles)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        ArgumentNullException.ThrowIfNull(agendaTitles);
        var onAgenda = agendaTitles.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return
        [
            .. assignments
                .Where(t => !t.Done && t.Assignment.Due is { } due && due <= meetingDate)
                .OrderBy(t => t.Assignment.Due)
                .Select(Offer)
                .Where(o => !onAgenda.Contains(o.Title)),
        ];
    }

    public static AgendaOffer Offer(TrackedAssignment tracked)
    {
        ArgumentNullException.ThrowIfNull(tracked);
        var a = tracked.Assignment;
        var title = $"{Prefix}{a.Task}";
        var when = a.DueText is null ? string.Empty : $", {a.DueText}";
        return new AgendaOffer(tracked.Id, title, $"Uppdrag till {a.Owner} enligt protokoll {a.Protocol} § {a.Item}{when}.");
    }
}
