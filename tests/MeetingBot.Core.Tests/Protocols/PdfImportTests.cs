using MeetingBot.Core.Protocols;
using MeetingBot.Core.Protocols.Import;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace MeetingBot.Core.Tests.Protocols;

public sealed class PdfImportTests
{
    private static readonly string[] SeedLines = Fixture.SeedText().Split('\n').Where(line => line.Trim().Length > 0).ToArray();

    [Fact]
    public void Import_SeedAsPdf_GivesTheSameProtocolAsItsText()
    {
        var pdf = TestPdf.Build(SeedLines, runningHeader: "Protokoll nr 5 2025");

        var fromPdf = ProtocolImporter.Import(pdf);

        Assert.Equal(ProtocolJson.Serialize(ProtocolTextParser.Parse(Fixture.SeedText())), ProtocolJson.Serialize(fromPdf));
    }

    [Fact]
    public void Import_PdfWithAttendanceInTwoColumns_SplitsAtTheColumnGap()
    {
        string[] lines =
        [
            "Protokoll nr 2 2026", "Kommundirektörsmöte i Familjen Helsingborg",
            "Tid och plats: Den 27 februari 2026 8:30–13:00 på Mindpark, Helsingborg.",
            "Närvarande:",
            "Anna-Karin Öberg, Familjen Helsingborg\tÅsa Simonsson, Svalöv",
            "Per Erik Ståhl, Örkelljunga\tJonas Jönsson, Båstad",
            "Anmält förhinder:", "Tomas Rikse, Klippan",
            "1. Mötets öppnande",
            "2. Budget 2027", "Sammanfattning: Årets budgetramar.", "Mötet beslutar", "att godkänna budgeten",
            "Mötet avslutas",
        ];

        var protocol = ProtocolImporter.Import(TestPdf.Build(lines));

        Assert.Equal(
            [
                new("Anna-Karin Öberg", "Familjen Helsingborg"), new("Åsa Simonsson", "Svalöv"),
                new Participant("Per Erik Ståhl", "Örkelljunga"), new("Jonas Jönsson", "Båstad"),
            ],
            protocol.Present);
        Assert.Equal(["att godkänna budgeten"], protocol.Items[1].Decisions);
    }

    [Fact]
    public void Extract_PdfText_KeepsSwedishLettersAndReadingOrder()
    {
        var text = PdfTextExtractor.Extract(TestPdf.Build(["Första raden: åäö ÅÄÖ", "Andra raden – ”citat”"]));

        Assert.Equal(["Första raden: åäö ÅÄÖ", "Andra raden – ”citat”"], text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(l => l.Trim()));
    }

    [Fact]
    public void Import_PdfWithLigaturesInItsTextLayer_ReadsPlainLetters()
    {
        string[] lines =
        [
            "Protokoll nr 3 2026", "Kommundirektörsmöte i Familjen Helsingborg",
            "Tid och plats: Den 27 mars 2026 8:30–13:00 på Mindpark, Helsingborg.",
            "Närvarande:", "Åsa Simonsson, Svalöv", "Anmält förhinder:", "Tomas Rikse, Klippan",
            "1. Mötets öppnande",
            "2. Regional traﬁkplan", "Sammanfattning: Förslag till traﬁkplan för Nordvästra Skåne.", "Mötet beslutar", "att ﬁnansiera traﬁkplanen gemensamt",
            "Mötet avslutas",
        ];
        var pdf = TestPdf.Build(lines);
        Assert.Contains("traﬁkplanen", PdfTextExtractor.Extract(pdf), StringComparison.Ordinal);

        var protocol = ProtocolImporter.Import(pdf);

        Assert.Equal("Regional trafikplan", protocol.Items[1].Title);
        Assert.Equal(["att finansiera trafikplanen gemensamt"], protocol.Items[1].Decisions);
    }

    [Fact]
    public void Extract_PdfWithoutText_ThrowsNoTextLayer()
    {
        using var builder = new PdfDocumentBuilder();
        builder.AddPage(595, 842);

        var ex = Assert.Throws<DomainException>(() => ProtocolImporter.Import(builder.Build()));

        Assert.StartsWith("the PDF has no text layer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_PdfOfSomethingElse_ThrowsNotAProtocol()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(595, 842).AddText("Invoice 2025-117", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 800), font);

        var ex = Assert.Throws<DomainException>(() => ProtocolImporter.Import(builder.Build()));

        Assert.StartsWith("not a protocol", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TruncatedPdf_ThrowsCouldNotBeRead()
    {
        var pdf = TestPdf.Build(SeedLines);

        var ex = Assert.Throws<DomainException>(() => ProtocolImporter.Import(pdf.AsMemory(0, 40)));

        Assert.StartsWith("the PDF could not be read", ex.Message, StringComparison.Ordinal);
    }
}
