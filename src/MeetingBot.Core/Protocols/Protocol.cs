namespace MeetingBot.Core.Protocols;

/// <summary>
/// A meeting's formal minutes ("protokoll") as the secretariat signs them.
/// Lists are ordered as in the document; <see cref="Number"/> counts per <see cref="Year"/>.
/// </summary>
public sealed record Protocol(
    int Number,
    int Year,
    string Title,
    DateOnly Date,
    TimeOnly Start,
    TimeOnly End,
    string Location,
    string? Room,
    IReadOnlyList<Participant> Present,
    IReadOnlyList<Participant> Absent,
    IReadOnlyList<ProtocolItem> Items)
{
    /// <summary>"5/2025": how people and citations refer to a protocol.</summary>
    public string Reference => $"{Number}/{Year}";
}
