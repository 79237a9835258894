using System.Text.RegularExpressions;
using MeetingBot.Core.Documents;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Protocols.Import;
using MeetingBot.Testing;
using Microsoft.Extensions.Time.Testing;
using UglyToad.PdfPig;

namespace MeetingBot.Core.Tests.Documents;

/// <summary>The PDF checked with an independent reader (poppler's pdftotext and pdffonts) and with the product's own importer.</summary>
public sealed partial class PdfProtocolWriterTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("meetingbot-pdf-").FullName;

    [Fact]
    public async Task Write_Seed_PdftotextGivesEveryWordBackInReadingOrder()
    {
        var path = await WriteAsync(SeedProtocol.Value);

        var text = PageNumber().Replace(await Poppler.TextAsync(path), " ");

        Assert.Equal(ExpectedWords(SeedProtocol.Value).Where(w => w != "–"), Words(text).Where(w => w != "–"));
        Assert.Contains("Kristina Magnusson, Bjuv", text, StringComparison.Ordinal);
        Assert.Contains("Kommundirektörsmöte i Familjen Helsingborg", text, StringComparison.Ordinal);
        Assert.Contains("Åsa Simonsson, Svalöv", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_Seed_EmbedsOnlyDejaVuSansWithAUnicodeMap()
    {
        var path = await WriteAsync(SeedProtocol.Value);

        var result = await Poppler.RunAsync("pdffonts", path);

        Assert.Equal(0, result.ExitCode);
        var fonts = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.Equal(2, fonts.Count);
        Assert.All(fonts, line =>
        {
            Assert.Matches(@"^[A-Z]{6}\+DejaVu Sans(,Bold)?\s", line);
            // emb, sub and uni: embedded as a subset, with a ToUnicode map.
            Assert.Matches(@"\syes\s+yes\s+yes\s", line);
        });
    }

    [Fact]
    public void Write_Seed_ImportsBackToTheSameProtocol()
    {
        var bytes = Render(SeedProtocol.Value);

        var again = ProtocolImporter.Import(bytes);

        Assert.Equal(ProtocolJson.Serialize(SeedProtocol.Value), ProtocolJson.Serialize(again));
    }

    [Theory]
    [MemberData(nameof(ProtocolRoundTripTests.Variants), MemberType = typeof(ProtocolRoundTripTests))]
    public void Write_OtherShapesOfProtocol_ImportBackToTheSameProtocol(string name, Protocol protocol)
    {
        var again = ProtocolImporter.Import(Render(protocol));

        Assert.True(
            ProtocolJson.Serialize(protocol) == ProtocolJson.Serialize(again),
            $"{name}:\n{ProtocolJson.Serialize(protocol)}\n{ProtocolJson.Serialize(again)}");
    }

    [Fact]
    public void Write_LongProtocol_WrapsWithinTheMarginsBreaksPagesAndNumbersEveryPage()
    {
        var protocol = LongProtocol();

        var bytes = Render(protocol);

        using var document = PdfDocument.Open(bytes);
        Assert.True(document.NumberOfPages >= 3, $"{document.NumberOfPages} pages");
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().ToList();
            Assert.All(words, w => Assert.InRange(w.BoundingBox.Right, 0, page.Width - 70));
            Assert.All(words, w => Assert.InRange(w.BoundingBox.Bottom, 20, page.Height - 70));
            Assert.Contains($"Sida {page.Number} av {document.NumberOfPages}", string.Join(' ', words.Select(w => w.Text)), StringComparison.Ordinal);
        }

        Assert.Equal(ProtocolJson.Serialize(protocol), ProtocolJson.Serialize(ProtocolImporter.Import(bytes)));
    }

    [Fact]
    public async Task Write_NamesOutsideLatin1_ExtractAsWritten()
    {
        var protocol = SeedProtocol.Value with { Present = [new("Łukasz Wróbel", "Höganäs"), new("Ájlin Ŋuolla", "Perstorp"), new("Øyvind Ærø", "Bjuv")] };
        var path = await WriteAsync(protocol);

        var text = await Poppler.TextAsync(path);

        Assert.Contains("Łukasz Wróbel, Höganäs", text, StringComparison.Ordinal);
        Assert.Contains("Ájlin Ŋuolla, Perstorp", text, StringComparison.Ordinal);
        Assert.Contains("Øyvind Ærø, Bjuv", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_SignaturePage_EndsWithUnderskriftssidaInStockholmTimeAndTheHash()
    {
        var hash = new string('a', 32) + new string('0', 32);
        var page = new SignaturePage(
            [
                new("Kristina Magnusson", "Ordförande", new DateTimeOffset(2026, 1, 23, 13, 5, 0, TimeSpan.Zero), "justerat i Microsoft Teams"),
                new("Christian Dahlmann", "Sekreterare", new DateTimeOffset(2026, 6, 12, 10, 0, 0, TimeSpan.Zero), "justerat i Microsoft Teams"),
            ],
            hash);
        var path = Path.Combine(directory, "final.pdf");
        await using (var file = File.Create(path))
        {
            PdfProtocolWriter.Write(SeedProtocol.Value, file, page);
        }

        var pages = (await Poppler.TextAsync(path)).Split('\f', StringSplitOptions.RemoveEmptyEntries);

        var last = pages[^1];
        Assert.Equal("Underskriftssida", last.Trim().Split('\n')[0].Trim());
        Assert.DoesNotContain("Underskriftssida", string.Join('\f', pages[..^1]), StringComparison.Ordinal);
        // 13:05 UTC in January is 14:05 in Stockholm; 10:00 UTC in June (summer time) is 12:00.
        Assert.Contains("2026-01-23 14:05 (svensk tid), justerat i Microsoft Teams", last, StringComparison.Ordinal);
        Assert.Contains("2026-06-12 12:00 (svensk tid), justerat i Microsoft Teams", last, StringComparison.Ordinal);
        Assert.Contains("Sekreterare", last, StringComparison.Ordinal);
        Assert.Contains(hash, last, StringComparison.Ordinal);
        Assert.Equal(
            ProtocolJson.Serialize(SeedProtocol.Value),
            ProtocolJson.Serialize(ProtocolImporter.Import(await File.ReadAllBytesAsync(path))));
    }

    [Fact]
    public void Write_CreationDate_ComesFromTheClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 23, 12, 30, 0, TimeSpan.Zero));
        using var output = new MemoryStream();

        PdfProtocolWriter.Write(SeedProtocol.Value, output, clock: clock);

        using var document = PdfDocument.Open(output.ToArray());
        Assert.Equal(clock.GetUtcNow(), document.Information.GetCreatedDateTimeOffset());
    }

    [Fact]
    public void Write_NonSeekableStream_WritesTheWholeDocument()
    {
        using var buffer = new MemoryStream();
        using var forwardOnly = new ForwardOnlyStream(buffer);

        PdfProtocolWriter.Write(SeedProtocol.Value, forwardOnly);

        Assert.Equal(Render(SeedProtocol.Value).Length, buffer.Length, tolerance: 64);
        Assert.True(PdfTextExtractor.IsPdf(buffer.ToArray()));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static byte[] Render(Protocol protocol)
    {
        using var output = new MemoryStream();
        PdfProtocolWriter.Write(protocol, output, clock: new FakeTimeProvider());
        return output.ToArray();
    }

    private async Task<string> WriteAsync(Protocol protocol)
    {
        var path = Path.Combine(directory, $"{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, Render(protocol));
        return path;
    }

    /// <summary>The words the outline says, in order; the attendance row by row, as the seed's text layer has it.</summary>
    private static List<string> ExpectedWords(Protocol protocol) =>
        [.. ProtocolOutline.Blocks(protocol).SelectMany(b => b.Kind switch
        {
            OutlineKind.People => b.Names.SelectMany(Words),
            OutlineKind.Labelled => Words(b.Label!).Concat(Words(b.Text)),
            _ => Words(b.Text),
        })];

    private static IEnumerable<string> Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static Protocol LongProtocol()
    {
        var seed = SeedProtocol.Value;
        var summary = string.Join(' ', Enumerable.Repeat(seed.Items[1].Summary, 3));
        return seed with
        {
            Items = [.. Enumerable.Range(1, 12).Select(n => seed.Items[1] with { Number = n, Summary = summary })],
        };
    }

    [GeneratedRegex(@"Sida \d+ av \d+")]
    private static partial Regex PageNumber();

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
