using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
// Spelled out because MeetingBot.Core.Text (the text utilities) would otherwise shadow the run's text element.
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace MeetingBot.Core.Documents;

/// <summary>The few kinds of block a protocol document is made of, built with the styles of <see cref="DocxStyles"/>.</summary>
internal static class DocxBlocks
{
    // A4 with 2.5 cm margins: the text area is 9070 twips wide, halved for the attendance columns.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1418;
    private const int ColumnWidth = (PageWidth - (2 * Margin)) / 2;

    public static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), TextRun(text));

    public static Paragraph Plain(string text) => new(TextRun(text));

    /// <summary>A paragraph that opens with a bold label, e.g. "Föredragande: Kajsa Helmbring".</summary>
    public static Paragraph Labelled(string label, string text) =>
        new(new Run(new RunProperties(new Bold()), new WordText(label)), TextRun(" " + text));

    /// <summary>The closing line: set apart from the last item but not a heading, since nothing follows it.</summary>
    public static Paragraph Closing(string text) =>
        new(
            new ParagraphProperties(new SpacingBetweenLines { Before = "360" }),
            new Run(new RunProperties(new Bold()), new WordText(text)));

    public static Paragraph ListEntry(string text) =>
        new(
            new ParagraphProperties(
                new ParagraphStyleId { Val = DocxStyles.ListParagraph },
                new NumberingProperties(
                    new NumberingLevelReference { Val = 0 },
                    new NumberingId { Val = DocxNumbering.BulletListId })),
            TextRun(text));

    /// <summary>
    /// Names in two columns, filled row by row as in the signed protocols. The table has no
    /// borders: it is there to line the names up, not to look like a grid.
    /// </summary>
    public static Table People(IReadOnlyList<string> names)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = $"{2 * ColumnWidth}", Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.None },
                    new LeftBorder { Val = BorderValues.None },
                    new BottomBorder { Val = BorderValues.None },
                    new RightBorder { Val = BorderValues.None },
                    new InsideHorizontalBorder { Val = BorderValues.None },
                    new InsideVerticalBorder { Val = BorderValues.None }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0000", FirstRow = false, FirstColumn = false, LastRow = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(new GridColumn { Width = $"{ColumnWidth}" }, new GridColumn { Width = $"{ColumnWidth}" }));
        for (var i = 0; i < names.Count; i += 2)
        {
            table.Append(new TableRow(Cell(names[i]), Cell(i + 1 < names.Count ? names[i + 1] : null)));
        }

        return table;
    }

    public static SectionProperties A4Section() =>
        new(
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = Margin, Right = Margin, Bottom = Margin, Left = Margin, Header = 709, Footer = 709, Gutter = 0 });

    private static TableCell Cell(string? text) =>
        new(
            new TableCellProperties(new TableCellWidth { Width = $"{ColumnWidth}", Type = TableWidthUnitValues.Dxa }),
            text is null ? new Paragraph() : new Paragraph(
                new ParagraphProperties(new SpacingBetweenLines { After = "40" }),
                TextRun(text)));

    private static Run TextRun(string text) => new(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });
}
