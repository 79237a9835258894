using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Cards;

/// <summary>One numbered item of a meeting's agenda, before anything is decided.</summary>
public sealed record AgendaItem(int Number, string Title, string? Summary, IReadOnlyList<string> Presenters, IReadOnlyList<string> Attachments)
{
    public static AgendaItem From(ProtocolItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new AgendaItem(item.Number, item.Title, item.Summary, item.Presenters, item.Attachments);
    }
}
