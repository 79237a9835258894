using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MeetingBot.Core.Documents;

/// <summary>
/// Flows text down A4 pages: wraps paragraphs at word boundaries, starts a new page when the next
/// line would cross the bottom margin, and numbers the pages "Sida N av M" at the end (the
/// protocol importer drops that line again). Each line is drawn as one run per font, with its
/// spaces, so that text extraction gives the words back in reading order.
/// </summary>
internal sealed class PdfPageFlow(PdfDocument document) : IDisposable
{
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
        graphics?.Dispose();
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
    public void Paragraph(IReadOnlyList<PdfRun> runs, double indent = 0, string? marker = null)
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
                graphics!.DrawString(marker, line[0].Font, XBrushes.Black, Margin + indent - 12, y, XStringFormats.TopLeft);
            }

            foreach (var run in line)
            {
                graphics!.DrawString(run.Text, run.Font, XBrushes.Black, x, y, XStringFormats.TopLeft);
                x += Measure(run.Text + " ", run.Font);
            }

            y += height;
            first = false;
        }
    }

    /// <summary>Names in two columns, filled row by row, each cell wrapped within its column.</summary>
    public void Columns(IReadOnlyList<string> names, XFont font)
    {
        var column = TextWidth / 2;
        for (var i = 0; i < names.Count; i += 2)
        {
            var left = PdfLineBreaker.Break([new PdfRun(names[i], font)], column - 6, Measure);
            var right = i + 1 < names.Count ? PdfLineBreaker.Break([new PdfRun(names[i + 1], font)], column - 6, Measure) : [];
            var rows = Math.Max(left.Count, right.Count);
            var height = font.GetHeight();
            KeepTogether(rows * height);
            for (var row = 0; row < rows; row++)
            {
                if (row < left.Count)
                {
                    graphics!.DrawString(left[row][0].Text, font, XBrushes.Black, Margin, y, XStringFormats.TopLeft);
                }

                if (row < right.Count)
                {
                    graphics!.DrawString(right[row][0].Text, font, XBrushes.Black, Margin + column, y, XStringFormats.TopLeft);
                }

                y += height;
            }

            y += 2;
        }
    }

    /// <summary>"Sida N av M" centred in the bottom margin of every page, once all pages exist.</summary>
    public void NumberPages(XFont font)
    {
        graphics?.Dispose();
        graphics = null;
        var count = document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var footer = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var text = $"Sida {i + 1} av {count}";
            footer.DrawString(text, font, XBrushes.Black, (PageWidth - Measure(text, font)) / 2, PageHeight - (Margin / 2), XStringFormats.BaseLineLeft);
        }
    }

    public void Dispose() => graphics?.Dispose();

    private static double Measure(string text, XFont font) => MeasureContext.Value!.MeasureString(text, font).Width;

    // Measuring needs an XGraphics; one not tied to a page serves every thread's measurements.
    private static readonly ThreadLocal<XGraphics> MeasureContext = new(() => XGraphics.CreateMeasureContext(new XSize(PageWidth, PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards));
}
