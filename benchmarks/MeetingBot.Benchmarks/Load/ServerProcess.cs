using System.Diagnostics;
using System.Globalization;

namespace MeetingBot.Benchmarks.Load;

/// <summary>The benchmark's own executable started as <see cref="BenchmarkServer"/>, so the server runs (and is measured) apart from the driver.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    /// <summary>
    /// Production's gen0 budget (the app setting <c>DOTNET_GCgen0size</c> in infra/modules/appservice.bicep), which the
    /// runtime reads only from the environment: without it the budget follows the L3 size the CPU reports (300 MiB
    /// on a shared Xeon), and the server's peak grew by 70 MB that no live object needed.
    /// </summary>
    private const string Gen0Size = "0x1000000";

    private readonly Process process;

    private ServerProcess(Process process, string url)
    {
        this.process = process;
        Url = url;
    }

    public string Url { get; }

    public static async Task<ServerProcess> StartAsync(bool memoryStores, bool seedRsvp, string? postgres)
    {
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo(self)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        info.Environment["DOTNET_GCgen0size"] = Environment.GetEnvironmentVariable("DOTNET_GCgen0size") ?? Gen0Size;
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(ServerProcess).Assembly.Location);
        }

        info.ArgumentList.Add(BenchmarkServer.Command);
        if (memoryStores)
        {
            info.ArgumentList.Add(BenchmarkServer.MemoryStoresFlag);
        }

        if (seedRsvp)
        {
            info.ArgumentList.Add(RsvpSeed.Flag);
        }

        if (postgres is not null)
        {
            // In the environment, not the command line, where every user's `ps` would read its password.
            info.Environment[BenchmarkServer.PostgresVariable] = postgres;
        }

        var process = Process.Start(info)!;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(BenchmarkServer.ReadyPrefix, StringComparison.Ordinal))
            {
                return new ServerProcess(process, line[BenchmarkServer.ReadyPrefix.Length..]);
            }
        }

        throw new InvalidOperationException("The benchmark server exited before it was ready.");
    }

    /// <summary>The kernel's high-water mark of resident memory (VmHWM): the peak over the server's whole life.</summary>
    public long PeakResidentBytes() => StatusBytes("VmHWM:");

    /// <summary>
    /// The server's own resident memory now: anonymous pages (GC heap, native heap, stacks) and shared-memory
    /// pages (the runtime's W^X double mapping of loader heaps and JIT code). What VmHWM adds on top are clean
    /// pages of mapped files (assemblies and native libraries), which every process mapping them shares and which
    /// the kernel may drop under pressure and read again.
    /// </summary>
    public long PrivateResidentBytes() => StatusBytes("RssAnon:", "RssShmem:");

    /// <summary>The sum of the named fields of <c>/proc/&lt;pid&gt;/status</c>, which the kernel gives in kB.</summary>
    private long StatusBytes(params string[] fields) =>
        File.ReadLines($"/proc/{process.Id}/status")
            .Where(line => fields.Any(field => line.StartsWith(field, StringComparison.Ordinal)))
            .Sum(line => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)) * 1024;

    /// <summary>The server's CPU time so far, user and system (utime and stime in /proc, in clock ticks of 10 ms).</summary>
    public TimeSpan CpuTime()
    {
        // The command name in parentheses may hold spaces; the fields after it are space-separated.
        var stat = File.ReadAllText($"/proc/{process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    public async ValueTask DisposeAsync()
    {
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await process.WaitForExitAsync(timeout.Token);
        process.Dispose();
    }
}
