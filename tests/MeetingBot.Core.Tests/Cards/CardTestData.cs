using MeetingBot.Testing;
using System.Text.Json.Nodes;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Tests.Documents;

namespace MeetingBot.Core.Tests.Cards;

/// <summary>The 23 January 2026 meeting with the reference protocol's items and people.</summary>
internal static class CardTestData
{
    public const string MeetingId = "2026-01-23";

    public static IReadOnlyList<Participant> Roster { get; } = [.. SeedProtocol.Value.Present, .. SeedProtocol.Value.Absent];

    public static AgendaCardModel Agenda(Uri? joinUrl = null, int rosterSize = 12) => new(
        MeetingId,
        "Kommundirektörsmöte i Familjen Helsingborg",
        new DateOnly(2026, 1, 23),
        new TimeOnly(8, 30),
        new TimeOnly(13, 0),
        "Mindpark, Bredgatan 11, Helsingborg",
        joinUrl,
        [.. SeedProtocol.Value.Items.Select(SeedAgendaItems.From)],
        new AttendanceTally(0, 0, rosterSize),
        [.. Enumerable.Range(1, rosterSize).Select(i => $"29:1member{i:D2}")]);

    public static JsonObject Json(AdaptiveCard card) => JsonNode.Parse(CardJson.Serialize(card))!.AsObject();

    /// <summary>Every action in the card, show-cards and action sets included, depth first.</summary>
    public static IEnumerable<JsonObject> Actions(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"]?.GetValue<string>() is { } type && type.StartsWith("Action.", StringComparison.Ordinal))
                {
                    yield return obj;
                }

                foreach (var (_, child) in obj)
                {
                    foreach (var action in Actions(child))
                    {
                        yield return action;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var action in Actions(child))
                    {
                        yield return action;
                    }
                }

                break;
        }
    }

    public static JsonObject Action(JsonNode card, string title) =>
        Assert.Single(Actions(card), a => a["title"]?.GetValue<string>() == title && a["type"]?.GetValue<string>() != "Action.Submit");
}
