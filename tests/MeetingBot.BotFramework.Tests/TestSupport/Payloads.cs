using System.Text.Json.Nodes;

namespace MeetingBot.BotFramework.Tests.TestSupport;

/// <summary>The spec's fixtures (tests/Fixtures/botframework), raw or as editable JSON.</summary>
internal static class Payloads
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "botframework", name + ".json"));

    public static JsonObject Node(string name) => JsonNode.Parse(Read(name))!.AsObject();

    /// <summary>A fixture re-addressed to <paramref name="serviceUrl"/> with a fresh id, so each test's activity is new.</summary>
    public static JsonObject Activity(string name, string serviceUrl, string? id = null)
    {
        var node = Node(name);
        node["serviceUrl"] = serviceUrl;
        node["id"] = id ?? Guid.NewGuid().ToString("N");
        return node;
    }
}
