using MeetingBot.Tests.Storage;

namespace MeetingBot.Tests.Cli;

/// <summary>A command line that does not parse is refused (exit 2, usage on stderr) before anything runs.</summary>
public sealed class CommandLineUsageTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase folder = new();

    private Dictionary<string, string> Environment => new() { ["Storage__DataDirectory"] = folder.DataDirectory };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await folder.DisposeAsync();

    [Fact]
    public async Task UnknownCommand_ExitsTwoWithUsageOnStderr_StartsNoServerAndCreatesNoDatabase()
    {
        var result = await CliProcess.RunAsync(Environment, "nosuchcommand");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: unknown command or argument 'nosuchcommand'", result.Error, StringComparison.Ordinal);
        Assert.Contains("Usage:", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
        Assert.False(Directory.Exists(folder.DataDirectory) && Directory.EnumerateFileSystemEntries(folder.DataDirectory).Any());
    }

    [Fact]
    public async Task UnknownOption_OnServe_ExitsTwo()
    {
        var result = await CliProcess.RunAsync(Environment, "--no-sample", "--nosuchoption", "x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: unknown option '--nosuchoption'", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.DataDirectory) && Directory.EnumerateFileSystemEntries(folder.DataDirectory).Any());
    }

    [Fact]
    public async Task UnknownOption_OnProtocolImport_ExitsTwoWithThatCommandsUsage()
    {
        var result = await CliProcess.RunAsync(Environment, "protocol", "import", "--nosuchoption", "x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: unknown option '--nosuchoption'", result.Error, StringComparison.Ordinal);
        Assert.Contains("MeetingBot protocol import", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task ExtraArgument_OnProtocolImport_ExitsTwo()
    {
        var result = await CliProcess.RunAsync(Environment, "protocol", "import", CliProcess.Fixture("protokoll-2025-05-kommundirektorer-2025-06-13.txt"), "extra");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: unknown argument 'extra'", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Serve_ConfigurationOverrides_StillReachTheHost()
    {
        // The loopback refusal comes from the host itself, so reaching it proves the overrides were accepted.
        var result = await CliProcess.RunAsync(
            Environment,
            "--no-sample", "--Playground:Today=2026-01-12", "--environment", "Development", "--urls", "http://0.0.0.0:0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("loopback", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ExitsZeroWithUsageOnStdout()
    {
        var result = await CliProcess.RunAsync(Environment, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
    }
}
