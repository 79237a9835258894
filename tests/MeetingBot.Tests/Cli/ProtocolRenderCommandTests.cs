using DocumentFormat.OpenXml.Packaging;

namespace MeetingBot.Tests.Cli;

public sealed class ProtocolRenderCommandTests : IDisposable
{
    private const string Seed = "protokoll-2025-05-kommundirektorer-2025-06-13.txt";
    private readonly string directory = Directory.CreateTempSubdirectory("meetingbot-render-").FullName;

    [Fact]
    public async Task RenderDocx_Seed_WritesAWordDocumentWithTheProtocol()
    {
        var target = Path.Combine(directory, "protokoll.docx");

        var result = await CliProcess.RunAsync("protocol", "render", CliProcess.Fixture(Seed), "--format", "docx", "-o", target);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        using var document = WordprocessingDocument.Open(target, isEditable: false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.StartsWith("Protokoll nr 5 2025", text, StringComparison.Ordinal);
        Assert.Contains("Christian Dahlmann, sekretariatet", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderMd_Seed_WritesUtf8WithoutBomInTheSeedsLayout()
    {
        var target = Path.Combine(directory, "protokoll.md");

        var result = await CliProcess.RunAsync("protocol", "render", CliProcess.Fixture(Seed), "--format", "md", "-o", target);

        Assert.Equal(0, result.ExitCode);
        var bytes = await File.ReadAllBytesAsync(target);
        Assert.Equal((byte)'#', bytes[0]);
        var lines = (await File.ReadAllTextAsync(target)).Split('\n');
        Assert.Contains("## 9. Kommundirektörsgruppens möten under 2026", lines);
        Assert.Contains("- 11 december", lines);
    }

    [Fact]
    public async Task RenderMd_Output_ImportsBackToTheSameJson()
    {
        var target = Path.Combine(directory, "protokoll.md");
        await CliProcess.RunAsync("protocol", "render", CliProcess.Fixture(Seed), "--format", "md", "-o", target);

        var original = await CliProcess.RunAsync("protocol", "import", CliProcess.Fixture(Seed), "--json");
        var again = await CliProcess.RunAsync("protocol", "import", target, "--json");

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(original.Output, again.Output);
    }

    [Fact]
    public async Task Render_NoFormat_TakesItFromTheOutputExtension()
    {
        var target = Path.Combine(directory, "protokoll.docx");

        var result = await CliProcess.RunAsync("protocol", "render", CliProcess.Fixture(Seed), "-o", target);

        Assert.Equal(0, result.ExitCode);
        using var document = WordprocessingDocument.Open(target, isEditable: false);
        Assert.NotNull(document.MainDocumentPart?.Document);
    }

    [Theory]
    [InlineData("protokoll.odt", "--format", "odt", "error: unknown format \"odt\": use --format md, docx or pdf")]
    [InlineData("protokoll", null, null, "error: cannot tell the format from \"protokoll\": give --format md, docx or pdf")]
    public async Task Render_BadFormat_FailsWithOneLineAndWritesNothing(string output, string? option, string? format, string expected)
    {
        var target = Path.Combine(directory, output);
        string[] formatArgs = option is null ? [] : [option, format!];

        var result = await CliProcess.RunAsync(["protocol", "render", CliProcess.Fixture(Seed), .. formatArgs, "-o", target]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(expected, result.Error.TrimEnd());
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task Render_NoOutput_FailsAskingForIt()
    {
        var result = await CliProcess.RunAsync("protocol", "render", CliProcess.Fixture(Seed), "--format", "md");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: missing -o OUT: name the document to write", result.Error.TrimEnd());
    }

    [Fact]
    public async Task Render_NotAProtocol_FailsNamingTheFileAndWritesNothing()
    {
        var source = Path.Combine(directory, "notes.txt");
        await File.WriteAllTextAsync(source, "Inköpslista: mjölk, bröd, ost");
        var target = Path.Combine(directory, "protokoll.md");

        var result = await CliProcess.RunAsync("protocol", "render", source, "-o", target);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: notes.txt: not a protocol", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
