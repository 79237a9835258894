using MeetingBot.Core.Protocols.Import;

namespace MeetingBot.Core.Tests.Meetings;

public sealed class AgendaTextParserTests
{
    [Fact]
    public void Parse_SeedProtocolItems_NineItemsWithTheirText()
    {
        var items = AgendaTextParser.Parse(SeedAgenda.Text);

        Assert.Equal(9, items.Count);
        Assert.Equal(Enumerable.Range(1, 9), items.Select(i => i.Number));
        Assert.Equal("Civilt försvar och krisberedskap", items[1].Title);
        Assert.Equal(["Kajsa Helmbring, försvarsdirektör, Länsstyrelsen Skåne"], items[1].Presenters);
        Assert.Equal(["Bilaga 1: Förslag på mötestider 2026 för kommundirektörsgruppen"], items[8].Attachments);
    }

    [Fact]
    public void Parse_ItemsStartingAt4_RenumberedFrom1()
    {
        var items = AgendaTextParser.Parse("4. Budget\nSammanfattning: Förslag.\n5. Övrigt");

        Assert.Equal([(1, "Budget"), (2, "Övrigt")], items.Select(i => (i.Number, i.Title)));
        Assert.Equal("Förslag.", items[0].Summary);
    }

    [Fact]
    public void Parse_NoNumberedItem_DomainException()
    {
        var error = Assert.Throws<DomainException>(() => AgendaTextParser.Parse("Budget och övrigt"));

        Assert.Contains("no numbered items", error.Message, StringComparison.Ordinal);
    }
}
