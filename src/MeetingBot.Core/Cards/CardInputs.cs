using System.Text.Json.Nodes;

namespace MeetingBot.Core.Cards;

/// <summary>The ids of card inputs and data keys, shared by the cards and the handlers that read their answers.</summary>
public static class CardInputs
{
    public const string MeetingId = "meetingId";
    public const string Substitute = "substitute";
    public const string Comment = "comment";
    public const string Item = "item";
    public const string Format = "format";

    /// <summary>The justering version a card shows: an answer counts only for that version's PDF.</summary>
    public const string Version = "version";

    /// <summary>One input per item: input ids must be unique across the whole card, show-cards included.</summary>
    public static string Decisions(int item) => $"decisions-{item}";

    /// <summary>
    /// The data every card action carries: the meeting id and nothing about the person, because
    /// an answer counts for whoever pressed the button, never for an id in the card.
    /// </summary>
    public static JsonObject MeetingData(string meetingId) => new() { [MeetingId] = meetingId };
}
