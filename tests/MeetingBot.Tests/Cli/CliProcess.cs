using System.Diagnostics;

namespace MeetingBot.Tests.Cli;

/// <summary>
/// Runs the real command line (MeetingBot.dll next to the tests) as its own process, so its
/// configuration (environment variables) and console are its own and tests can run side by side.
/// </summary>
internal static class CliProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MeetingBot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Result(process.ExitCode, await output, await error);
    }
}
