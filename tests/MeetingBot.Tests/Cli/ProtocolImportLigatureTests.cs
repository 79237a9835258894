using System.Text.Json;
using MeetingBot.Core.Protocols.Import;
using MeetingBot.Tests.Storage;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace MeetingBot.Tests.Cli;

/// <summary>
/// A PDF whose text layer writes "traﬁk" with the ligature U+FB01, as real PDFs do, is imported with
/// <c>protocol import --save</c> and its decision is then found by a question typed with plain letters.
/// </summary>
public sealed class ProtocolImportLigatureTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase database = new();

    public async Task InitializeAsync() => await database.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ImportSaveThenAsk_PdfWithLigatures_FindsTheDecision()
    {
        string[] lines =
        [
            "Protokoll nr 3 2026", "Kommundirektörsmöte i Familjen Helsingborg",
            "Tid och plats: Den 27 mars 2026 8:30–13:00 på Mindpark, Helsingborg.",
            "Närvarande:", "Åsa Simonsson, Svalöv", "Anmält förhinder:", "Tomas Rikse, Klippan",
            "1. Mötets öppnande",
            "2. Regional traﬁkplan", "Sammanfattning: Förslag till traﬁkplan för Nordvästra Skåne.",
            "Mötet beslutar", "att ﬁnansiera traﬁkplanen gemensamt",
            "Mötet avslutas",
        ];
        var pdf = Pdf(lines);
        Assert.Contains("att ﬁnansiera traﬁkplanen", PdfTextExtractor.Extract(pdf), StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"meetingbot-ligatures-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var saved = await CliProcess.RunAsync(database.Environment, "protocol", "import", path, "--save");
            Assert.True(saved.ExitCode == 0, saved.Error);

            var result = await CliProcess.RunAsync(database.Environment, "ask", "Vad beslutades om trafikplanen?", "--json");

            Assert.True(result.ExitCode == 0, result.Error);
            var decision = Assert.Single(JsonDocument.Parse(result.Output).RootElement.GetProperty("answers").EnumerateArray());
            Assert.Equal("3/2026", decision.GetProperty("protocol").GetString());
            Assert.Equal("Regional trafikplan", decision.GetProperty("title").GetString());
            Assert.Equal("att finansiera trafikplanen gemensamt", decision.GetProperty("decision").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>DejaVu Sans (fonts-dejavu-core) has the ligature glyphs and å/ä/ö, which the standard 14 fonts lack.</summary>
    private static byte[] Pdf(IEnumerable<string> lines)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
        var page = builder.AddPage(1000, 900);
        var y = 860.0;
        foreach (var line in lines)
        {
            page.AddText(line, 10, new PdfPoint(40, y), font);
            y -= 14;
        }

        return builder.Build();
    }
}
