using MeetingBot.Core.Cards;
using MeetingBot.Core.Protocols;

namespace MeetingBot.Testing;

/// <summary>A protocol's items as an agenda, as the tests build agendas from the seed minutes.</summary>
internal static class SeedAgendaItems
{
    public static AgendaItem From(ProtocolItem item) => new(item.Number, item.Title, item.Summary, item.Presenters, item.Attachments);
}
