using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;
using MeetingBot.Storage.Rows;

namespace MeetingBot.Meetings;

/// <summary>Maps stored meetings to the domain's <see cref="Meeting"/>.</summary>
internal static class MeetingRows
{
    public static Meeting ToMeeting(MeetingRow row) => new(
        row.Id,
        row.Title,
        row.Date,
        row.StartLocal,
        row.EndLocal,
        row.Location ?? "",
        Uri.TryCreate(row.JoinUrl, UriKind.Absolute, out var join) ? join : null,
        row.State,
        [.. row.AgendaItems.OrderBy(i => i.Position).Select(ToItem)])
    {
        StartsAt = row.StartUtc,
        EndsAt = row.EndUtc,
    };

    private static AgendaItem ToItem(AgendaItemRow item) =>
        new(item.Number, item.Title, item.Summary, item.Presenters, item.Attachments);
}
