using MeetingBot.Core.Protocols;
using MeetingBot.Core.Protocols.Import;

namespace MeetingBot.Core.Tests.Protocols;

public sealed class ItemRulesTests
{
    private static IReadOnlyList<ProtocolItem> Items(string items) =>
        ProtocolTextParser.Parse(ProtocolText.With(items: items)).Items;

    [Theory]
    [InlineData("4. Titel")]
    [InlineData(" 4.  Titel")]
    [InlineData("4.Titel")]
    [InlineData("§ 4 Titel")]
    [InlineData("§4. Titel")]
    public void Parse_ItemNumberSpellings_AreItems(string header)
    {
        var items = Items($"3. Före\n{header}\n5. Efter\n");

        Assert.Equal([(3, "Före"), (4, "Titel"), (5, "Efter")], items.Select(i => (i.Number, i.Title)));
    }

    [Fact]
    public void Parse_WrappedLineStartingWithNumber_IsNotANewItem()
    {
        var items = Items("1. Trainee\nSammanfattning: Förslag för traineegrupp\n20. Gruppen startar i höst.\n2. Nästa\n");

        Assert.Equal(2, items.Count);
        Assert.Equal("Förslag för traineegrupp 20. Gruppen startar i höst.", items[0].Summary);
    }

    [Fact]
    public void Parse_SummaryWithoutLabel_IsTheSummary()
    {
        Assert.Equal("Ingen etikett här.", Items("1. Punkt\nIngen etikett här.\n")[0].Summary);
    }

    [Theory]
    [InlineData("Sammanfattning Text")]
    [InlineData("Sammanfattning: Text")]
    [InlineData("Sammanfattning : Text")]
    [InlineData("   Sammanfattning:   Text  ")]
    public void Parse_SummaryLabelSpellings_AreStripped(string line)
    {
        Assert.Equal("Text", Items($"1. Punkt\n{line}\n")[0].Summary);
    }

    [Fact]
    public void Parse_PresenterLabelAloneOnItsLine_TakesTheNextLine()
    {
        Assert.Equal(["Anna Berg, Bjuv"], Items("1. Punkt\nFöredragande:\nAnna Berg, Bjuv\n")[0].Presenters);
    }

    [Fact]
    public void Parse_PresentersAsBulletList_AreSeparatePresenters()
    {
        Assert.Equal(["Anna Berg, Bjuv", "Per Olsson, Klippan"], Items("1. Punkt\nFöredragande:\n- Anna Berg, Bjuv\n- Per Olsson, Klippan\n")[0].Presenters);
    }

    [Fact]
    public void Parse_SentenceStartingWithLabelWordWithoutColon_StaysInSummary()
    {
        var item = Items("1. Punkt\nSammanfattning: Vi har fått nytt\nUnderlag från regionen.\n")[0];

        Assert.Equal("Vi har fått nytt Underlag från regionen.", item.Summary);
        Assert.Empty(item.Attachments);
    }

    [Fact]
    public void Parse_AttachmentsSeparatedBySemicolon_AreSplit()
    {
        Assert.Equal(["Bilaga 1: Budget", "Bilaga 2: Plan"], Items("1. Punkt\nUnderlag: Bilaga 1: Budget; Bilaga 2: Plan\n")[0].Attachments);
    }

    [Fact]
    public void Parse_DecisionLabelWithColon_IsStripped()
    {
        Assert.Equal(["att godkänna"], Items("1. Punkt\nMötet beslutar:\natt godkänna\n")[0].Decisions);
    }

    [Fact]
    public void Parse_DecisionWithoutAtt_IsStillADecision()
    {
        Assert.Equal(["Informationen noteras."], Items("1. Punkt\nMötet beslutar\nInformationen noteras.\n")[0].Decisions);
    }

    [Fact]
    public void Parse_ListWithWrappedEntryInDecision_ContinuesTheEntry()
    {
        Assert.Equal(
            ["att uppdra åt:\n- sekretariatet att ta fram underlag\n- nätverken att återkomma i maj"],
            Items("1. Punkt\nMötet beslutar\natt uppdra åt:\n- sekretariatet att ta fram\nunderlag\n– nätverken att återkomma i maj\n")[0].Decisions);
    }

    [Fact]
    public void Parse_ListThenNewClause_StartsANewDecision()
    {
        Assert.Equal(
            ["att mötas:\n- 23 januari", "att tacka för informationen"],
            Items("1. Punkt\nMötet beslutar\natt mötas:\n- 23 januari\natt tacka för informationen\n")[0].Decisions);
    }

    [Fact]
    public void Parse_NoMeetingClosesLine_ReadsToTheEnd()
    {
        var items = Items("1. Öppnande\n2. Sista punkten\nMötet beslutar\natt avsluta\n");

        Assert.Equal(["att avsluta"], items[1].Decisions);
    }

    [Fact]
    public void Parse_WrappedLineStartingWithLowerCaseLabelWord_StaysProse()
    {
        var item = Items("1. Punkt\nSammanfattning: Styrelsen fick nytt\nunderlag och\nmötet beslutade att avvakta.\nMötet beslutar\natt tacka\n2. Nästa\n")[0];

        Assert.Equal("Styrelsen fick nytt underlag och mötet beslutade att avvakta.", item.Summary);
        Assert.Equal(["att tacka"], item.Decisions);
    }

    [Fact]
    public void Parse_WrappedLineStartingWithMeetingClosesInLowerCase_DoesNotEndTheItems()
    {
        var items = Items("1. Punkt\nSammanfattning: Dagen avslutas när\nmötet avslutas med lunch.\n2. Nästa\nMötet avslutas\n");

        Assert.Equal(2, items.Count);
    }

    [Fact]
    public void Parse_OddWidthSpaces_CollapseToOneSpace()
    {
        Assert.Equal("Text med udda mellanslag", Items("1. Punkt\nSammanfattning: Text\u2003med\u2009udda\u00A0\u00A0mellanslag\n")[0].Summary);
    }
}
