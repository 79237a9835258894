using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using MeetingBot.Tests.Cards;

namespace MeetingBot.Tests.Emulator;

/// <summary>
/// Microsoft 365 Agents Playground (npm, pinned in tests/emulator/package-lock.json) as a child process:
/// its working folder holds the configuration, it listens on a free loopback port, and disposing it
/// kills its whole process tree.
/// </summary>
internal sealed partial class AgentsPlayground : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process process;
    private readonly List<string> output = [];

    private AgentsPlayground(Process process, string workingDirectory)
    {
        this.process = process;
        WorkingDirectory = workingDirectory;
    }

    public static string CliPath { get; } = Path.Combine(
        CardOracle.RepositoryRoot, "tests", "emulator", "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    public string WorkingDirectory { get; }

    public int Port { get; private set; }

    public string Url => $"http://localhost:{Port}/";

    /// <summary>What the process printed, for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return string.Join(Environment.NewLine, output);
            }
        }
    }

    /// <summary>Starts the emulator against <paramref name="botEndpoint"/> with <paramref name="configuration"/> as its .m365agentsplayground.yml.</summary>
    public static async Task<AgentsPlayground> StartAsync(string botEndpoint, string configuration, string workingDirectory)
    {
        if (!File.Exists(CliPath))
        {
            throw new InvalidOperationException($"Microsoft 365 Agents Playground is not installed: run 'npm ci --prefix tests/emulator' (missing {CliPath}).");
        }

        Directory.CreateDirectory(workingDirectory);
        await File.WriteAllTextAsync(Path.Combine(workingDirectory, ".m365agentsplayground.yml"), configuration);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { CliPath, "-e", botEndpoint, "-c", "msteams", "--dt", "-p", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var playground = new AgentsPlayground(process, workingDirectory);
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => playground.Record(e.Data, listening);
        process.ErrorDataReceived += (_, e) => playground.Record(e.Data, listening);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // The port it names, which is not ours when ours was taken meanwhile ("fallback to random if occupied").
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(StartTimeout));
        if (first != listening.Task)
        {
            await playground.DisposeAsync();
            throw new InvalidOperationException($"Agents Playground did not start listening: {playground.Output}");
        }

        playground.Port = await listening.Task;

        // It exits right after "Listening on" when the configuration is invalid, without a message.
        if (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromSeconds(1))) == exited)
        {
            await playground.DisposeAsync();
            throw new InvalidOperationException($"Agents Playground exited at start (an invalid .m365agentsplayground.yml?): {playground.Output}");
        }

        return playground;
    }

    private void Record(string? line, TaskCompletionSource<int> listening)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Add(line);
        }

        if (Listening().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await process.WaitForExitAsync(wait.Token);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            process.Dispose();
        }
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex Listening();
}
