using System.IO.Compression;
using System.Text.Json.Nodes;
using MeetingBot.Tests.Cli;

namespace MeetingBot.Tests.AppPackage;

public sealed class AppPackageCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("meetingbot-apppackage-").FullName;

    [Fact]
    public async Task Build_BotIdAndHost_WritesZipWithManifestAndIconsAtTheRoot()
    {
        var zipPath = Path.Combine(directory, "out", "meetingbot.zip");

        var result = await CliProcess.RunAsync(
            "apppackage", "build", "--bot-id", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "--host", "meetingbot.azurewebsites.net", "-o", zipPath);

        Assert.True(result.ExitCode == 0, result.Error);
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var manifest = JsonNode.Parse(await reader.ReadToEndAsync())!;
        Assert.Equal("api://meetingbot.azurewebsites.net/3f2504e0-4f89-11d3-9a0c-0305e82c3301", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
    }

    [Fact]
    public async Task Build_HostWithScheme_PrintsErrorAndExits1WithoutWritingAZip()
    {
        var zipPath = Path.Combine(directory, "meetingbot.zip");

        var result = await CliProcess.RunAsync(
            "apppackage", "build", "--bot-id", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "--host", "https://meetingbot.azurewebsites.net/", "-o", zipPath);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: --host", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
