using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace MeetingBot.Core.Tests.Protocols;

/// <summary>
/// Builds text PDFs with PdfPig's writer. The standard 14 fonts in PdfPig's writer use
/// StandardEncoding, which has no å/ä/ö ("The font does not contain a character: 'ä'"), so a
/// TrueType font of the machine is embedded: DejaVu Sans (Debian/Ubuntu package fonts-dejavu-core).
/// </summary>
internal static class TestPdf
{
    private const double Width = 1000;
    private const double Height = 842;
    private const double Size = 10;
    private const double Leading = 14;

    private static readonly string[] FontCandidates =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "C:/Windows/Fonts/arial.ttf",
    ];

    /// <summary>
    /// One PDF line per entry; a tab in an entry puts what follows in a second column at mid-page.
    /// Every page gets <paramref name="runningHeader"/> on top and "n (N)" at the foot, as the customer's PDFs do.
    /// </summary>
    public static byte[] Build(IReadOnlyList<string> lines, string? runningHeader = null, int linesPerPage = 50)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(FontPath()));
        var pages = lines.Chunk(linesPerPage).ToList();
        for (var p = 0; p < pages.Count; p++)
        {
            var page = builder.AddPage(Width, Height);
            var y = Height - 40;
            if (runningHeader is not null && p > 0)
            {
                page.AddText(runningHeader, Size, new PdfPoint(50, y), font);
                y -= Leading * 2;
            }

            foreach (var line in pages[p])
            {
                var columns = line.Split('\t');
                if (columns[0].Length > 0)
                {
                    page.AddText(columns[0], Size, new PdfPoint(50, y), font);
                }

                if (columns.Length > 1)
                {
                    page.AddText(columns[1], Size, new PdfPoint(Width / 2, y), font);
                }

                y -= Leading;
            }

            page.AddText($"{p + 1} ({pages.Count})", Size, new PdfPoint(Width - 80, 20), font);
        }

        return builder.Build();
    }

    private static string FontPath() =>
        FontCandidates.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException($"No TrueType font with å/ä/ö found for the PDF tests; install fonts-dejavu-core (looked in {string.Join(", ", FontCandidates)})");
}
