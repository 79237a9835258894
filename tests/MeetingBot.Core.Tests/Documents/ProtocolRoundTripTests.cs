using MeetingBot.Core.Documents;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Protocols.Import;

namespace MeetingBot.Core.Tests.Documents;

/// <summary>Import → render Markdown → import must give the same model (issue 2).</summary>
public sealed class ProtocolRoundTripTests
{
    private static readonly string SeedText =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "protokoll-2025-05-kommundirektorer-2025-06-13.txt"));

    [Fact]
    public void Parse_SeedText_EqualsTheSeedTestData()
    {
        Assert.Equal(ProtocolJson.Serialize(SeedProtocol.Value), ProtocolJson.Serialize(ProtocolTextParser.Parse(SeedText)));
    }

    [Fact]
    public void RenderMarkdown_ImportedSeed_ImportsBackToTheSameProtocol()
    {
        var imported = ProtocolTextParser.Parse(SeedText);

        var again = ProtocolTextParser.Parse(MarkdownProtocolWriter.Render(imported));

        Assert.Equal(ProtocolJson.Serialize(imported), ProtocolJson.Serialize(again));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void RenderMarkdown_OtherShapesOfProtocol_ImportBackToTheSameProtocol(string name, Protocol protocol)
    {
        var again = ProtocolTextParser.Parse(MarkdownProtocolWriter.Render(protocol));

        Assert.True(
            ProtocolJson.Serialize(protocol) == ProtocolJson.Serialize(again),
            $"{name}:\n{ProtocolJson.Serialize(protocol)}\n{ProtocolJson.Serialize(again)}");
    }

    public static TheoryData<string, Protocol> Variants()
    {
        var seed = SeedProtocol.Value;
        return new()
        {
            { "no room, nobody absent", seed with { Room = null, Absent = [] } },
            { "odd number present", seed with { Present = seed.Present.Take(4).ToList() } },
            { "several presenters", seed with { Items = [seed.Items[1] with { Presenters = ["Anna Berg, Bjuv", "Bo Ek, sekretariatet, Familjen Helsingborg"] }] } },
            { "item without summary, with decision", seed with { Items = [seed.Items[0], new(2, "Övriga frågor", null, [], [], ["att notera informationen"])] } },
            { "summary without decision", seed with { Items = [seed.Items[0], seed.Items[1] with { Decisions = [] }] } },
            { "two attachments", seed with { Items = [seed.Items[8] with { Attachments = ["Bilaga 1: Mötestider", "Bilaga 2: Budget"] }] } },
            { "organisations of several words", seed with { Present = [new("Christian Dahlmann", "sekretariatet, Familjen Helsingborg"), new("Eva Lund", "Region Skåne"), new("Henry Roos", "Perstorp")] } },
            { "end at 9 and afternoon", seed with { Start = new TimeOnly(9, 0), End = new TimeOnly(15, 45) } },
        };
    }
}
