using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Cards;

public enum DraftState
{
    Draft,
    Finalised,
}

/// <summary>
/// A meeting's protocol draft as its card shows it; items carry the decisions entered so far.
/// Present and Absent are the protocol's lists as the answers make them (substitutes under Present).
/// </summary>
public sealed record ProtocolDraftCardModel(
    string MeetingId,
    string Title,
    DateOnly Date,
    DraftState State,
    IReadOnlyList<ProtocolItem> Items)
{
    public IReadOnlyList<Participant> Present { get; init; } = [];

    public IReadOnlyList<Participant> Absent { get; init; } = [];
}
