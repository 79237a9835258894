using System.Text.Json;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace MeetingBot.Tests.Cli;

/// <summary>The command tells a PDF from text by its "%PDF" signature, whatever the file is called.</summary>
public sealed class ProtocolImportPdfCommandTests
{
    [Fact]
    public async Task ImportJson_PdfWithTxtExtension_IsReadAsPdf()
    {
        var seed = await File.ReadAllLinesAsync(CliProcess.Fixture("protokoll-2025-05-kommundirektorer-2025-06-13.txt"));
        var path = Path.Combine(Path.GetTempPath(), $"meetingbot-pdf-{Guid.NewGuid():N}.txt");
        await File.WriteAllBytesAsync(path, Pdf(seed.Where(line => line.Trim().Length > 0)));
        try
        {
            var result = await CliProcess.RunAsync("protocol", "import", path, "--json");

            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.Output);
            Assert.Equal("Kommundirektörsmöte i Familjen Helsingborg", json.RootElement.GetProperty("title").GetString());
            Assert.Equal(9, json.RootElement.GetProperty("items").GetArrayLength());
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>PdfPig's standard 14 fonts cannot write å/ä/ö, so DejaVu Sans (fonts-dejavu-core) is embedded.</summary>
    private static byte[] Pdf(IEnumerable<string> lines)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
        foreach (var pageLines in lines.Chunk(60))
        {
            var page = builder.AddPage(1000, 900);
            var y = 860.0;
            foreach (var line in pageLines)
            {
                page.AddText(line.Trim(), 10, new PdfPoint(40, y), font);
                y -= 14;
            }
        }

        return builder.Build();
    }
}
