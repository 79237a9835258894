using MeetingBot.Core.Documents;
using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Tests.Documents;

public sealed class MarkdownProtocolWriterTests
{
    private static readonly string[] Blocks = MarkdownProtocolWriter.Render(SeedProtocol.Value).Split("\n\n");

    [Fact]
    public void Render_Seed_OpensWithTheSeedsHeaderLines()
    {
        Assert.Equal(
            [
                "# Protokoll nr 5 2025",
                "**Kommundirektörsmöte i Familjen Helsingborg**",
                "Helsingborg 2025-06-13",
                "**Tid och plats:** Den 13 juni 2025 08.30–12.00 på Mindpark, Bredgatan 11, Helsingborg.",
                "Mötesrum Studion.",
                "## Närvarande:",
            ],
            Blocks[..6]);
    }

    [Fact]
    public void Render_Seed_PutsThePresentInATwoColumnTableRowByRow()
    {
        var rows = Blocks[Array.IndexOf(Blocks, "## Närvarande:") + 1].Split('\n');

        Assert.Equal(["| | |", "|---|---|"], rows[..2]);
        Assert.Equal("| Kristina Magnusson, Bjuv | Åsa Simonsson, Svalöv |", rows[2]);
        Assert.Equal("| Pernilla Anderberg, Landskrona | Christian Dahlmann, sekretariatet |", rows[6]);
        Assert.Equal("| Henry Roos, Perstorp | |", rows[^1]);
        Assert.Equal(2 + 6, rows.Length);
    }

    [Fact]
    public void Render_Seed_ListsTheAbsentUnderAnmältFörhinder()
    {
        Assert.Equal("| | |\n|---|---|\n| Tomas Rikse, Klippan | |", Blocks[Array.IndexOf(Blocks, "## Anmält förhinder:") + 1]);
    }

    [Fact]
    public void Render_ItemWithoutDecisions_WritesNoMötetBeslutar()
    {
        var first = Array.IndexOf(Blocks, "## 1. Mötets öppnande och incheckning");

        Assert.Equal("## 2. Civilt försvar och krisberedskap", Blocks[first + 1]);
    }

    [Fact]
    public void Render_ItemWithTwoDecisions_WritesLabelsThenBothAttClauses()
    {
        var item = Array.IndexOf(Blocks, "## 4. Försöksverksamhet på arbetsmarknadsområdet");

        Assert.StartsWith("**Sammanfattning:** Familjen Helsingborgs styrelse beslutade", Blocks[item + 1], StringComparison.Ordinal);
        Assert.Equal("**Föredragande:** Christian Dahlmann, sekretariatet, Familjen Helsingborg", Blocks[item + 2]);
        Assert.Equal("### Mötet beslutar", Blocks[item + 3]);
        Assert.Equal("att tacka för informationen", Blocks[item + 4]);
        Assert.StartsWith("att uppdra till sekretariatschef", Blocks[item + 5], StringComparison.Ordinal);
        Assert.Equal("## 5. Familjen Helsingborgs samverkan kring näringsliv och tillväxt", Blocks[item + 6]);
    }

    [Fact]
    public void Render_DecisionWithList_WritesTheEntriesAsAMarkdownListAfterTheClause()
    {
        var item = Array.IndexOf(Blocks, "## 9. Kommundirektörsgruppens möten under 2026");

        Assert.Equal("**Underlag:** Bilaga 1: Förslag på mötestider 2026 för kommundirektörsgruppen", Blocks[item + 3]);
        Assert.Equal("att kommundirektörsgruppen under 2026 sammanträder 8:30 – 13:00 på följande datum:", Blocks[item + 5]);
        var entries = Blocks[item + 6].Split('\n');
        Assert.Equal(10, entries.Length);
        Assert.All(entries, entry => Assert.StartsWith("- ", entry, StringComparison.Ordinal));
        Assert.Equal(["- 23 januari", "- 11 december"], [entries[0], entries[^1]]);
    }

    [Fact]
    public void Render_Seed_EndsWithMötetAvslutas()
    {
        Assert.Equal("**Mötet avslutas**\n", Blocks[^1]);
    }

    [Fact]
    public void Render_SummaryWithLineBreak_KeepsItOnOneLine()
    {
        var item = SeedProtocol.Value.Items[1] with { Summary = "Första raden.\r\nAndra raden." };

        var markdown = MarkdownProtocolWriter.Render(SeedProtocol.Value with { Items = [item] });

        Assert.Contains("\n\n**Sammanfattning:** Första raden. Andra raden.\n\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SmallProtocol_WritesTheWholeLayout()
    {
        var protocol = new Protocol(
            12, 2026, "Kommundirektörsmöte i Familjen Helsingborg", new DateOnly(2026, 1, 23), new TimeOnly(8, 30), new TimeOnly(13, 0),
            "Stadshuset, Helsingborg.", null,
            [new("Kristina Magnusson", "Bjuv"), new("Elin Ask", "Ängelholm")], [],
            [
                new(1, "Mötets öppnande", null, [], [], []),
                new(2, "Budget", "Förslag till budget.", ["Anna A, Bjuv", "Bo B, Båstad"], [], ["att godkänna budgeten"]),
            ]);

        var markdown = MarkdownProtocolWriter.Render(protocol);

        Assert.Equal(
            """
            # Protokoll nr 12 2026

            **Kommundirektörsmöte i Familjen Helsingborg**

            Helsingborg 2026-01-23

            **Tid och plats:** Den 23 januari 2026 08.30–13.00 på Stadshuset, Helsingborg.

            ## Närvarande:

            | | |
            |---|---|
            | Kristina Magnusson, Bjuv | Elin Ask, Ängelholm |

            ## 1. Mötets öppnande

            ## 2. Budget

            **Sammanfattning:** Förslag till budget.

            **Föredragande:** Anna A, Bjuv

            **Föredragande:** Bo B, Båstad

            ### Mötet beslutar

            att godkänna budgeten

            **Mötet avslutas**

            """,
            markdown);
    }
}
