using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Decisions;

/// <summary>
/// One att-clause of one protocol item, with everything needed to cite it:
/// "Protokoll nr 5 2025, § 8, 13 juni 2025".
/// </summary>
public sealed record DecisionEntry(
    int ProtocolNumber,
    int ProtocolYear,
    DateOnly MeetingDate,
    int ItemNumber,
    string ItemTitle,
    string? Summary,
    IReadOnlyList<string> Presenters,
    int ClauseIndex,
    string Decision)
{
    public string ProtocolReference => $"{ProtocolNumber}/{ProtocolYear}";

    /// <summary>Whether its protocol has been approved (justerat) by every signatory; cited as "(justerat)".</summary>
    public bool Justerat { get; init; }

    public static IEnumerable<DecisionEntry> From(Protocol protocol) =>
        from item in protocol.Items
        from clause in item.Decisions.Select((text, index) => (text, index))
        select new DecisionEntry(protocol.Number, protocol.Year, protocol.Date, item.Number, item.Title,
            item.Summary, item.Presenters, clause.index, clause.text);
}
