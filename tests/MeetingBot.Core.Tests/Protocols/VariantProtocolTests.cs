using MeetingBot.Core.Protocols;
using MeetingBot.Core.Protocols.Import;

namespace MeetingBot.Core.Tests.Protocols;

/// <summary>
/// Protocols of the same body written differently from the seed (files under Fixtures/variants):
/// one attendee per line, tab-indented labels, CRLF, page furniture, several presenters.
/// </summary>
public sealed class VariantProtocolTests
{
    private static Protocol Variant(string name) =>
        ProtocolImporter.Import(File.ReadAllBytes(Fixture.Path("variants", name)));

    [Fact]
    public void Import_OnePerLineCrlf_ReadsHeaderWithWeekdayAndSpacedEnDash()
    {
        var protocol = Variant("one-per-line-crlf.txt");

        Assert.Equal((7, 2025), (protocol.Number, protocol.Year));
        Assert.Equal(new DateOnly(2025, 9, 5), protocol.Date);
        Assert.Equal((new TimeOnly(8, 30), new TimeOnly(12, 0)), (protocol.Start, protocol.End));
        Assert.Equal("Stadshuset, Drottninggatan 2, Helsingborg", protocol.Location);
        Assert.Equal("Rådssalen", protocol.Room);
    }

    [Fact]
    public void Import_OnePerLineCrlf_ReadsOnePersonPerLine()
    {
        var protocol = Variant("one-per-line-crlf.txt");

        Assert.Equal(["Kristina Magnusson", "Åsa Simonsson", "Jonas Jönsson", "Christian Dahlmann"], protocol.Present.Select(p => p.Name));
        Assert.Equal([new("Tomas Rikse", "Klippan"), new Participant("Elin Ask", "Ängelholm")], protocol.Absent);
    }

    [Fact]
    public void Import_OnePerLineCrlf_JoinsWrappedTitleStartingInLowerCase()
    {
        Assert.Equal("Regional utvecklingsstrategi och uppföljning av arbetet 2024/2025", Variant("one-per-line-crlf.txt").Items[1].Title);
    }

    [Fact]
    public void Import_SummaryLabelOnItsOwnLine_TakesTheTextBelow()
    {
        Assert.Equal("Region Skåne presenterar uppföljningen av den regionala utvecklingsstrategin.", Variant("one-per-line-crlf.txt").Items[1].Summary);
    }

    [Fact]
    public void Import_PresentersOnSeparateLabelLines_AreSeparatePresenters()
    {
        Assert.Equal(
            ["Anna Berg, regiondirektör, Region Skåne", "Per Olsson, analytiker, Region Skåne"],
            Variant("one-per-line-crlf.txt").Items[1].Presenters);
    }

    [Fact]
    public void Import_SummaryWithoutDecision_HasNoDecisions()
    {
        var item = Variant("one-per-line-crlf.txt").Items[1];

        Assert.NotNull(item.Summary);
        Assert.Empty(item.Decisions);
    }

    [Fact]
    public void Import_PresentersSeparatedBySemicolon_AreSplitAndWrapJoined()
    {
        Assert.Equal(
            ["Lena Ek, HR-direktör, Helsingborg", "Olof Nyström, sammankallande HR-nätverket"],
            Variant("one-per-line-crlf.txt").Items[2].Presenters);
    }

    [Fact]
    public void Import_WrappedDecision_IsJoinedIntoItsClause()
    {
        Assert.Equal(
            ["att tacka för informationen", "att ge HR-nätverket i uppdrag att återkomma med en handlingsplan i december"],
            Variant("one-per-line-crlf.txt").Items[2].Decisions);
    }

    [Fact]
    public void Import_SignatureBlockAfterMeetingCloses_IsIgnored()
    {
        var last = Variant("one-per-line-crlf.txt").Items[^1];

        Assert.Equal((4, "Övriga frågor"), (last.Number, last.Title));
        Assert.Null(last.Summary);
        Assert.Empty(last.Decisions);
    }

    [Fact]
    public void Import_IndentedTabs_ReadsHeaderFromIsoDateAndHyphenTimes()
    {
        var protocol = Variant("indented-tabs.txt");

        Assert.Equal((12, 2025, "Kommundirektörsmöte i Familjen Helsingborg"), (protocol.Number, protocol.Year, protocol.Title));
        Assert.Equal(new DateOnly(2025, 12, 12), protocol.Date);
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(11, 30)), (protocol.Start, protocol.End));
        Assert.Equal("Mindpark, Bredgatan 11, Helsingborg", protocol.Location);
        Assert.Null(protocol.Room);
    }

    [Fact]
    public void Import_IndentedTabs_SplitsAttendanceColumnsAndHasNobodyAbsent()
    {
        var protocol = Variant("indented-tabs.txt");

        Assert.Equal(
            [new("Kristina Magnusson", "Bjuv"), new("Åsa Simonsson", "Svalöv"), new("Carina Leffler", "Helsingborg"), new Participant("Christian Dahlmann", "sekretariatet")],
            protocol.Present);
        Assert.Empty(protocol.Absent);
    }

    [Fact]
    public void Import_IndentedTabs_ReadsItemsNumberedWithLeadingSpaces()
    {
        Assert.Equal(["Mötets öppnande och incheckning", "Budget för sekretariatet 2026", "Information från styrelsen", "Nästa möte"], Variant("indented-tabs.txt").Items.Select(i => i.Title));
    }

    [Fact]
    public void Import_TwoAttachmentsOnSeparateLines_AreTwoAttachments()
    {
        Assert.Equal(["Bilaga 1: Budgetförslag 2026", "Bilaga 2: Verksamhetsplan"], Variant("indented-tabs.txt").Items[1].Attachments);
    }

    [Fact]
    public void Import_DecisionOnTheLabelLine_IsTheClause()
    {
        Assert.Equal(["att godkänna förslaget till budget"], Variant("indented-tabs.txt").Items[1].Decisions);
    }

    [Fact]
    public void Import_BulletListInDecision_IsKeptAsDashEntries()
    {
        Assert.Equal(["att nästa möte hålls:\n- 23 januari 2026\n- 27 februari 2026"], Variant("indented-tabs.txt").Items[3].Decisions);
    }

    [Fact]
    public void Import_PageFurniture_RunningHeaderAndPageNumbersAreDropped()
    {
        Assert.Equal("Diskussion om näringslivs samverkan i regionen som fortsätter.", Variant("page-furniture.txt").Items[1].Summary);
    }

    [Fact]
    public void Import_PageFurniture_TextAfterSignaturePageIsIgnored()
    {
        var protocol = Variant("page-furniture.txt");

        Assert.Equal([1, 2, 3], protocol.Items.Select(i => i.Number));
        Assert.Equal("Traineeprojekt 2025/2026", protocol.Items[2].Title);
    }

    [Fact]
    public void Import_NonBreakingSpaceAndUnspacedEnDash_AreNormalised()
    {
        var protocol = Variant("page-furniture.txt");

        Assert.Equal("Mindpark, Bredgatan 11, Helsingborg", protocol.Location);
        Assert.Equal((new TimeOnly(8, 30), new TimeOnly(12, 0)), (protocol.Start, protocol.End));
        Assert.Equal(3, protocol.Present.Count);
    }

    [Fact]
    public void Import_Markdown_ReadsHeadingsBoldLabelsAndTableColumns()
    {
        var protocol = Variant("markdown.md");

        Assert.Equal((5, 2025, "Kommundirektörsmöte i Familjen Helsingborg"), (protocol.Number, protocol.Year, protocol.Title));
        Assert.Equal(("Mindpark, Bredgatan 11, Helsingborg", "Studion"), (protocol.Location, protocol.Room));
        Assert.Equal(
            [new("Kristina Magnusson", "Bjuv"), new("Åsa Simonsson", "Svalöv"), new Participant("Christian Dahlmann", "sekretariatet")],
            protocol.Present);
        Assert.Equal([new Participant("Tomas Rikse", "Klippan")], protocol.Absent);
    }

    [Fact]
    public void Import_Markdown_ReadsItemsWithListInDecision()
    {
        var item = Variant("markdown.md").Items[1];

        Assert.Equal("Länsstyrelsen har tagit fram en struktur.", item.Summary);
        Assert.Equal(["Kajsa Helmbring, försvarsdirektör, Länsstyrelsen Skåne"], item.Presenters);
        Assert.Equal(["Bilaga 1: Förslag på mötestider 2026"], item.Attachments);
        Assert.Equal(
            ["att kommundirektörsgruppen under 2026 sammanträder 8:30 – 13:00 på följande datum:\n- 23 januari\n- 27 februari", "att tacka för informationen"],
            item.Decisions);
    }
}
