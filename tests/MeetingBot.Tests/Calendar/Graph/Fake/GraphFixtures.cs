using System.Text.Json.Nodes;

namespace MeetingBot.Tests.Calendar.Graph.Fake;

/// <summary>Microsoft's documented example payloads (see Fixtures/README.md), parsed afresh per use.</summary>
internal static class GraphFixtures
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Calendar", "Graph", "Fixtures");

    public static JsonObject EventCreatedAsTeamsMeeting => Load("event-created-teams.json");

    public static JsonObject EventWithAttendees => Load("event-with-attendees.json");

    public static JsonObject BatchWithMixedStatuses => Load("batch-mixed-statuses.json");

    public static JsonObject Throttled => Load("throttled.json");

    /// <summary>Item 3 of the documented batch response: a 403 for missing privileges.</summary>
    public static JsonObject Forbidden => BatchWithMixedStatuses["responses"]![2]!["body"]!.AsObject().DeepClone().AsObject();

    private static JsonObject Load(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name)))!.AsObject();
}
