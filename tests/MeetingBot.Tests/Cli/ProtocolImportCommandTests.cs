using System.Text.Json;

namespace MeetingBot.Tests.Cli;

public sealed class ProtocolImportCommandTests : IDisposable
{
    private const string Seed = "protokoll-2025-05-kommundirektorer-2025-06-13.txt";
    private readonly string directory = Directory.CreateTempSubdirectory("meetingbot-import-").FullName;

    [Fact]
    public async Task ImportJson_Seed_PrintsTheProtocolAsJson()
    {
        var result = await CliProcess.RunAsync("protocol", "import", CliProcess.Fixture(Seed), "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.StartsWith(
            "{\"number\":5,\"year\":2025,\"title\":\"Kommundirektörsmöte i Familjen Helsingborg\",\"date\":\"2025-06-13\",\"start\":\"08:30\",\"end\":\"12:00\",\"location\":\"Mindpark, Bredgatan 11, Helsingborg\",\"room\":\"Studion\",",
            result.Output,
            StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(11, json.RootElement.GetProperty("present").GetArrayLength());
        Assert.Equal(1, json.RootElement.GetProperty("absent").GetArrayLength());
        Assert.Equal(9, json.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Import_WithoutJson_PrintsSwedishSummary()
    {
        var result = await CliProcess.RunAsync("protocol", "import", CliProcess.Fixture(Seed));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Protokoll nr 5 2025 – Kommundirektörsmöte i Familjen Helsingborg", result.Output, StringComparison.Ordinal);
        Assert.Contains("Närvarande: 11, anmält förhinder: 1", result.Output, StringComparison.Ordinal);
        Assert.Contains("§4 Försöksverksamhet på arbetsmarknadsområdet (2 beslut)", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.txt", "", "the file is empty")]
    [InlineData("notes.txt", "Inköpslista: mjölk, bröd, ost", "not a protocol: found no heading")]
    [InlineData("truncated.txt", "Protokoll nr 5 2025\nKommundirektörsmöte\nTid och plats: Den 13 juni 2025 08.30-12:00 på Mindpark.\nNärvarande:\nKristina Magnusson, Bjuv\n", "no numbered items")]
    public async Task Import_BadText_FailsWithOneLineMessage(string name, string content, string expected)
    {
        var path = Path.Combine(directory, name);
        await File.WriteAllTextAsync(path, content);

        var result = await CliProcess.RunAsync("protocol", "import", path, "--json");

        AssertOneLineError(result, $"error: {name}: ", expected);
    }

    [Fact]
    public async Task Import_BinaryFile_FailsWithOneLineMessage()
    {
        var path = Path.Combine(directory, "image.png");
        await File.WriteAllBytesAsync(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);

        var result = await CliProcess.RunAsync("protocol", "import", path);

        AssertOneLineError(result, "error: image.png: ", "the file is binary, not a protocol (expected a PDF or UTF-8 text)");
    }

    [Fact]
    public async Task Import_DamagedPdf_FailsWithOneLineMessage()
    {
        var path = Path.Combine(directory, "damaged.pdf");
        await File.WriteAllTextAsync(path, "%PDF-1.7\nthis is not really a PDF\n");

        var result = await CliProcess.RunAsync("protocol", "import", path);

        AssertOneLineError(result, "error: damaged.pdf: ", "the PDF could not be read");
    }

    [Fact]
    public async Task Import_MissingFile_FailsWithOneLineMessage()
    {
        var path = Path.Combine(directory, "missing.txt");

        var result = await CliProcess.RunAsync("protocol", "import", path);

        AssertOneLineError(result, "error: no such file: ", path);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static void AssertOneLineError(CliProcess.Result result, string prefix, string expected)
    {
        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(prefix, line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
