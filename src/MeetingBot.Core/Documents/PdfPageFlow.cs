using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace MeetingBot.Core.Documents;

/// <summary>
/// Flows text down A4 pages: wraps paragraphs at word boundaries, starts a new page when the next
/// line would cross the bottom margin, and numbers the pages "Sida N av M" at the end (the
/// protocol importer drops that line again). Each line is drawn as one run per font, with its
/// spaces, so that text extraction gives the words back in reading order.
/// </summary>
internal sealed class PdfPageFlow(PdfDocument document, StructureBuilder structure, PdfPageFlow.Footer? footer) : IDisposable
{
    /// <summary>The page numbers' font and the document's page count, known from a first layout pass.</summary>
    public sealed record Footer(XFont Font, int PageCount);

    // A4 with 2.5 cm margins, as the Word document.
    private static readonly double PageWidth = XUnit.FromMillimeter(210).Point;
    private static readonly double PageHeight = XUnit.FromMillimeter(297).Point;
    private static readonly double Margin = XUnit.FromMillimeter(25).Point;
    private static readonly double TextWidth = PageWidth - (2 * Margin);
    private static readonly double Bottom = PageHeight - Margin;

    private XGraphics? graphics;
    private double y;

    /// <summary>Room below the cursor on the current page; zero before the first page.</summary>
    public double Room => graphics is null ? 0 : Bottom - y;

    public void NewPage()
    {
        EndPage();
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        graphics = XGraphics.FromPdfPage(page);
        y = Margin;
    }

    public void Space(double points)
    {
        // Space at the top of a page would only push the text down.
        if (graphics is not null && y > Margin)
        {
            y += points;
        }
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public void KeepTogether(double height)
    {
        if (graphics is null || Room < height)
        {
            NewPage();
        }
    }

    /// <summary>A wrapped paragraph of runs (e.g. a bold label and plain text), indented by <paramref name="indent"/>.</summary>
    public void Paragraph(IReadOnlyList<PdfRun> runs, double indent = 0, string? marker = null) =>
        Paragraph(PdfBlockLevelElementTag.Paragraph, runs, indent, marker);

    /// <summary>A wrapped paragraph tagged as <paramref name="tag"/> (a heading, a list item) for screen readers.</summary>
    public void Paragraph(PdfBlockLevelElementTag tag, IReadOnlyList<PdfRun> runs, double indent = 0, string? marker = null)
    {
        var width = TextWidth - indent;
        var lines = PdfLineBreaker.Break(runs, width, Measure);
        var first = true;
        foreach (var line in lines.Where(l => l.Count > 0))
        {
            var height = line.Max(r => r.Font.GetHeight());
            KeepTogether(height);
            var x = Margin + indent;
            if (first && marker is not null)
            {
                structure.BeginArtifact();
                graphics!.DrawString(marker, line[0].Font, XBrushes.Black, Margin + indent - 12, y, XStringFormats.TopLeft);
                structure.End();
            }

            // One structure element per line: an element may not run across pages, and a line never does.
            structure.BeginElement(tag);
            foreach (var run in line)
            {
                graphics!.DrawString(run.Text, run.Font, XBrushes.Black, x, y, XStringFormats.TopLeft);
                x += Measure(run.Text + " ", run.Font);
            }

            structure.End();

            y += height;
            first = false;
        }
    }

    /// <summary>
    /// Names in two columns, filled row by row. A pair where either name is too wide for its
    /// column goes on two full-width lines instead: a name wrapped inside a column would read back
    /// as two people.
    /// </summary>
    public void Columns(IReadOnlyList<string> names, XFont font)
    {
        var column = TextWidth / 2;
        var height = font.GetHeight();
        for (var i = 0; i < names.Count; i += 2)
        {
            var pair = names.Skip(i).Take(2).ToList();
            if (pair.Any(name => Measure(name, font) > column - 6))
            {
                foreach (var name in pair)
                {
                    Paragraph([new PdfRun(name, font)]);
                    y += 2;
                }

                continue;
            }

            KeepTogether(height);
            for (var c = 0; c < pair.Count; c++)
            {
                structure.BeginElement(PdfBlockLevelElementTag.Paragraph);
                graphics!.DrawString(pair[c], font, XBrushes.Black, Margin + (c * column), y, XStringFormats.TopLeft);
                structure.End();
            }

            y += height + 2;
        }
    }

    /// <summary>Finishes the last page; the flow draws nothing more after this.</summary>
    public void Dispose() => EndPage();

    /// <summary>
    /// "Sida N av M" centred in the bottom margin, marked as an artifact (page furniture that a
    /// screen reader skips). Drawn as each page ends: PDFsharp's structure tree is built page by
    /// page, so no page is drawn on again later.
    /// </summary>
    private void EndPage()
    {
        if (graphics is null)
        {
            return;
        }

        if (footer is not null)
        {
            var text = $"Sida {document.PageCount} av {footer.PageCount}";
            structure.BeginArtifact();
            graphics.DrawString(text, footer.Font, XBrushes.Black, (PageWidth - Measure(text, footer.Font)) / 2, PageHeight - (Margin / 2), XStringFormats.BaseLineLeft);
            structure.End();
        }

        graphics.Dispose();
        graphics = null;
    }

    private static double Measure(string text, XFont font) => MeasureContext.Value!.MeasureString(text, font).Width;

    // Measuring needs an XGraphics; one not tied to a page serves every thread's measurements.
    private static readonly ThreadLocal<XGraphics> MeasureContext = new(() => XGraphics.CreateMeasureContext(new XSize(PageWidth, PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards));
}
