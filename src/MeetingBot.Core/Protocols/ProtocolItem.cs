namespace MeetingBot.Core.Protocols;

/// <summary>
/// One numbered item (§) of a protocol. <see cref="Decisions"/> holds the att-clauses under
/// "Mötet beslutar", each starting with "att"; a list that belongs to a clause stays inside it,
/// its entries on lines of their own starting with "- ".
/// </summary>
public sealed record ProtocolItem(
    int Number,
    string Title,
    string? Summary,
    IReadOnlyList<string> Presenters,
    IReadOnlyList<string> Attachments,
    IReadOnlyList<string> Decisions);
