using System.Diagnostics;
using System.Text;
using MeetingBot.Cli;

namespace MeetingBot.Tests.Cli;

/// <summary>
/// The laptop's server (SQLite, no telemetry exporter, no Key Vault, no language model) loads no assembly of a client it
/// does not use: compiling a method loads every assembly its body names, and each one stays resident for code that
/// never runs (docs/operations-memory.md). Read from the kernel's map of the real server process.
/// </summary>
public sealed class ServeAssembliesTests
{
    private static readonly string[] Unused =
    [
        "Npgsql", "OpenTelemetry", "Azure.Monitor", "Azure.Security.KeyVault", "Microsoft.Extensions.AI", "OpenAI",
    ];

    [Fact]
    public async Task TheLaptopServer_LoadsNoAssemblyOfAnUnusedClient()
    {
        Assert.True(OperatingSystem.IsLinux(), "The test reads /proc/<pid>/maps; CI runs on Linux.");
        var data = Directory.CreateTempSubdirectory("meetingbot-assemblies-");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[typeof(CommandLine).Assembly.Location, "--urls", "http://127.0.0.1:0", "--environment", "Development", "--Storage:DataDirectory", data.FullName])
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var exporter in (string[])["OTEL_EXPORTER_OTLP_ENDPOINT", "APPLICATIONINSIGHTS_CONNECTION_STRING"])
        {
            start.Environment.Remove(exporter);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var process = Process.Start(start)!;
        try
        {
            _ = process.StandardError.ReadToEndAsync(timeout.Token);
            var url = await ListeningUrlAsync(process, timeout.Token);
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            while ((await http.GetAsync(new Uri("/readyz", UriKind.Relative), timeout.Token)).StatusCode != System.Net.HttpStatusCode.OK)
            {
                await Task.Delay(200, timeout.Token);
            }

            var loaded = (await File.ReadAllLinesAsync($"/proc/{process.Id}/maps", timeout.Token))
                .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Where(fields => fields.Length == 6 && fields[5].EndsWith(".dll", StringComparison.Ordinal))
                .Select(fields => Path.GetFileNameWithoutExtension(fields[5]))
                .ToHashSet(StringComparer.Ordinal);
            Assert.Contains("MeetingBot", loaded);
            Assert.Contains("Microsoft.EntityFrameworkCore.Sqlite", loaded);
            Assert.DoesNotContain(loaded, name => Unused.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            data.Delete(recursive: true);
        }
    }

    /// <summary>The address Kestrel chose for port 0, from its "Now listening on" line.</summary>
    private static async Task<string> ListeningUrlAsync(Process process, CancellationToken cancellationToken)
    {
        const string Prefix = "Now listening on: ";
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.IndexOf(Prefix, StringComparison.Ordinal) is var at and >= 0)
            {
                // The rest of the output is not read: drained so the server never blocks on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
                return line[(at + Prefix.Length)..].Trim();
            }
        }

        throw new InvalidOperationException("The server exited before it listened.");
    }
}
