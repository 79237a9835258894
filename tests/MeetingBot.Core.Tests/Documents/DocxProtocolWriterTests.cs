using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using MeetingBot.Core.Documents;
using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Tests.Documents;

public sealed class DocxProtocolWriterTests
{
    [Fact]
    public void Write_Seed_ValidatesWithoutErrors()
    {
        using var document = Render();

        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }

    [Fact]
    public void Write_Seed_UsesWordHeadingStylesForTitleSectionsAndItems()
    {
        using var document = Render();
        var paragraphs = Paragraphs(document);

        Assert.Equal(["Protokoll nr 5 2025"], TextsWithStyle(paragraphs, "Title"));
        var sections = TextsWithStyle(paragraphs, "Heading1");
        Assert.Equal(["Närvarande:", "Anmält förhinder:"], sections[..2]);
        Assert.Equal(SeedProtocol.Value.Items.Select(i => $"{i.Number}. {i.Title}"), sections[2..]);
        Assert.Equal(8, TextsWithStyle(paragraphs, "Heading2").Count(t => t == "Mötet beslutar"));
    }

    [Fact]
    public void Write_Seed_DefinesTheHeadingStylesItUses()
    {
        using var document = Render();
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        Assert.Equal("heading 1", styles["Heading1"].StyleName!.Val!.Value);
        Assert.Equal(0, styles["Heading1"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal(1, styles["Heading2"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.True(styles.ContainsKey("Title"));
    }

    [Fact]
    public void Write_Seed_PutsEveryPresentPersonInABorderlessTwoColumnTable()
    {
        using var document = Render();
        var table = document.MainDocumentPart!.Document!.Body!.Elements<Table>().First();

        var cells = table.Descendants<TableCell>().Select(c => c.InnerText).Where(t => t.Length > 0);
        Assert.Equal(SeedProtocol.Value.Present.Select(p => $"{p.Name}, {p.Organisation}"), cells);
        Assert.All(table.Elements<TableRow>(), row => Assert.Equal(2, row.Elements<TableCell>().Count()));
        Assert.Equal(["Kristina Magnusson, Bjuv", "Åsa Simonsson, Svalöv"], table.Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText));
        var borders = table.GetFirstChild<TableProperties>()!.TableBorders!.ChildElements.Cast<BorderType>();
        Assert.All(borders, b => Assert.Equal(BorderValues.None, b.Val!.Value));
    }

    [Fact]
    public void Write_Seed_WritesEveryAttClause()
    {
        using var document = Render();
        var texts = Paragraphs(document).Select(p => p.InnerText).ToHashSet();

        var clauses = SeedProtocol.Value.Items.SelectMany(i => i.Decisions).Select(d => d.Split('\n')[0]).ToList();
        Assert.Equal(9, clauses.Count);
        Assert.All(clauses, clause => Assert.Contains(clause, texts));
    }

    [Fact]
    public void Write_DecisionWithList_WritesTheEntriesAsABulletedWordList()
    {
        using var document = Render();

        var entries = Paragraphs(document).Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToList();

        Assert.Equal(10, entries.Count);
        Assert.Equal("23 januari", entries[0].InnerText);
        Assert.Equal("11 december", entries[^1].InnerText);
        var numberingId = entries[0].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        var numbering = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var instance = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numberingId);
        var abstractNum = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == instance.AbstractNumId!.Val!.Value);
        Assert.Equal(NumberFormatValues.Bullet, abstractNum.Elements<Level>().First().NumberingFormat!.Val!.Value);
    }

    [Fact]
    public void Write_Seed_LabelsSummaryPresenterAndAttachment()
    {
        using var document = Render();
        var texts = Paragraphs(document).Select(p => p.InnerText).ToList();

        Assert.Contains("Tid och plats: Den 13 juni 2025 08.30–12.00 på Mindpark, Bredgatan 11, Helsingborg.", texts);
        Assert.Contains("Föredragande: Kajsa Helmbring, försvarsdirektör, Länsstyrelsen Skåne", texts);
        Assert.Contains("Underlag: Bilaga 1: Förslag på mötestider 2026 för kommundirektörsgruppen", texts);
        Assert.Equal(8, texts.Count(t => t.StartsWith("Sammanfattning: ", StringComparison.Ordinal)));
        Assert.Equal("Mötet avslutas", texts[^1]);
    }

    [Fact]
    public void Write_NobodyAbsentAndNoRoom_LeavesOutAnmältFörhinderAndMötesrum()
    {
        using var document = Render(SeedProtocol.Value with { Absent = [], Room = null });
        var texts = Paragraphs(document).Select(p => p.InnerText).ToList();

        Assert.DoesNotContain("Anmält förhinder:", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("Mötesrum", StringComparison.Ordinal));
        Assert.Single(document.MainDocumentPart!.Document!.Body!.Elements<Table>());
    }

    [Fact]
    public void Write_NonSeekableStream_WritesAValidPackage()
    {
        using var target = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(target))
        {
            DocxProtocolWriter.Write(SeedProtocol.Value, forwardOnly);
        }

        target.Position = 0;
        using var document = WordprocessingDocument.Open(target, isEditable: false);
        Assert.Equal("Protokoll nr 5 2025", Paragraphs(document)[0].InnerText);
    }

    private static WordprocessingDocument Render(Protocol? protocol = null)
    {
        var stream = new MemoryStream();
        DocxProtocolWriter.Write(protocol ?? SeedProtocol.Value, stream);
        stream.Position = 0;
        return WordprocessingDocument.Open(stream, isEditable: false);
    }

    private static List<Paragraph> Paragraphs(WordprocessingDocument document) =>
        [.. document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()];

    private static string[] TextsWithStyle(IEnumerable<Paragraph> paragraphs, string styleId) =>
        [.. paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == styleId).Select(p => p.InnerText)];

    /// <summary>A write-only, forward-only stream, like a pipe or an HTTP response body.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
