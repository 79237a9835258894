using MeetingBot.Core.Cards;
using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Meetings;

/// <summary>
/// A meeting's protocol: a draft regenerated from the meeting on every read (its number is the one
/// it would get if finalised now), or the finalised protocol as stored.
/// </summary>
public sealed record ProtocolDraft(int MeetingId, DraftState State, Protocol Protocol)
{
    public ProtocolDraftCardModel ToCardModel() => new(
        MeetingId.ToString(System.Globalization.CultureInfo.InvariantCulture), Protocol.Title, Protocol.Date, State, Protocol.Items)
    {
        Present = Protocol.Present,
        Absent = Protocol.Absent,
    };
}
