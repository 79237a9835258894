using System.Text.Json;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Protocols.Import;

namespace MeetingBot.Core.Tests.Protocols;

public sealed class ProtocolJsonTests
{
    private static readonly Protocol Seed = ProtocolTextParser.Parse(Fixture.SeedText());

    [Fact]
    public void Serialize_Seed_StartsWithTheIssuesShape()
    {
        var json = ProtocolJson.Serialize(Seed);

        Assert.StartsWith(
            "{\"number\":5,\"year\":2025,\"title\":\"Kommundirektörsmöte i Familjen Helsingborg\",\"date\":\"2025-06-13\",\"start\":\"08:30\",\"end\":\"12:00\","
            + "\"location\":\"Mindpark, Bredgatan 11, Helsingborg\",\"room\":\"Studion\","
            + "\"present\":[{\"name\":\"Kristina Magnusson\",\"organisation\":\"Bjuv\"},",
            json,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Seed_ItemHasAllMembersInOrder()
    {
        using var json = JsonDocument.Parse(ProtocolJson.Serialize(Seed));

        var item = json.RootElement.GetProperty("items")[1];

        Assert.Equal(["number", "title", "summary", "presenters", "attachments", "decisions"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal("[\"att tacka för informationen\"]", item.GetProperty("decisions").GetRawText());
        Assert.Equal("[]", item.GetProperty("attachments").GetRawText());
    }

    [Fact]
    public void Serialize_Seed_LeavesNoDerivedReference()
    {
        using var json = JsonDocument.Parse(ProtocolJson.Serialize(Seed));

        Assert.False(json.RootElement.TryGetProperty("reference", out _));
        Assert.Equal(
            ["number", "year", "title", "date", "start", "end", "location", "room", "present", "absent", "items"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Serialize_ItemWithoutSummary_WritesNull()
    {
        Assert.Contains("\"title\":\"Mötets öppnande och incheckning\",\"summary\":null,", ProtocolJson.Serialize(Seed), StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_SwedishLettersAndQuotes_AreNotEscaped()
    {
        var json = ProtocolJson.Serialize(Seed);

        Assert.Contains("Ängelholm", json, StringComparison.Ordinal);
        Assert.Contains("”Arbetsgivarvarumärke Familjen Helsingborg”", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ListInDecision_IsEscapedNewline()
    {
        Assert.Contains("på följande datum:\\n- 23 januari\\n- 27 februari", ProtocolJson.Serialize(Seed), StringComparison.Ordinal);
    }
}
