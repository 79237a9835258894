using MeetingBot.Tests.Storage;

namespace MeetingBot.Tests.Cli;

/// <summary><c>serve</c> (the default command) as a user runs it, in a child process.</summary>
public sealed class ServeCommandTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase folder = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await folder.DisposeAsync();

    [Fact]
    public async Task Serve_DevelopmentOnAllInterfaces_ExitsWithOneLineErrorNamingLoopback()
    {
        var result = await CliProcess.RunAsync(
            new Dictionary<string, string> { ["Storage__DataDirectory"] = folder.DataDirectory },
            "--no-sample", "--environment", "Development", "--urls", "http://0.0.0.0:0");

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("error: ", StringComparison.Ordinal));
        Assert.Contains("loopback", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
