using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace MeetingBot.Benchmarks.Load;

/// <summary>
/// Drives <c>/api/messages</c> of a freshly started host (one per scenario) at a fixed concurrency with
/// tokens from its development issuer, and prints requests/s, p50/p99 latency, errors, the
/// server's peak resident memory and the peak of its private part:
/// <c>dotnet run -c Release --project benchmarks/MeetingBot.Benchmarks -- load --concurrency 32 --seconds 10 [--warm-up 15] [--scenario authenticated-invoke,authenticated-rsvp] [--postgres "Host=…;Username=…"]</c>.
/// With <c>--postgres</c> the server stores in a database of its own on that server, as production does, instead of SQLite.
/// </summary>
internal static class LoadDriver
{
    public const string Command = "load";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    public static async Task<int> RunAsync(string[] args)
    {
        var concurrency = Option(args, "--concurrency", 32);
        var seconds = Option(args, "--seconds", 10);
        var warmUp = Option(args, "--warm-up", 15);
        // One scenario or several, comma-separated, so figures that are compared come from the same run.
        var only = args.SkipWhile(a => a != "--scenario").Skip(1).FirstOrDefault()?.Split(',');
        var postgres = args.SkipWhile(a => a != BenchmarkServer.PostgresOption).Skip(1).FirstOrDefault();
        Console.WriteLine($"concurrency {concurrency}, {seconds} s per scenario, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(postgres is null ? "SQLite" : "PostgreSQL")}");
        Console.WriteLine($"{"scenario",-22} {"req/s",10} {"p50 ms",8} {"p99 ms",8} {"errors",7} {"server peak MB",15} {"private MB",11} {"server CPU µs/req",18} {"idle %",7}");
        foreach (var scenario in Scenario.All.Where(s => only is null || only.Contains(s.Name)))
        {
            var result = await RunScenarioAsync(scenario, concurrency, TimeSpan.FromSeconds(warmUp), TimeSpan.FromSeconds(seconds), postgres);
            Console.WriteLine(result);
        }

        return 0;
    }

    private static async Task<ScenarioResult> RunScenarioAsync(Scenario scenario, int concurrency, TimeSpan warmUp, TimeSpan duration, string? postgres)
    {
        await using var server = await ServerProcess.StartAsync(scenario.MemoryStores, scenario.Rsvp, postgres);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseProxy = false })
        {
            BaseAddress = new Uri(server.Url),
        };
        var token = await DevelopmentTokenAsync(client);

        // Warm-up: JIT, connection pool, the key cache and SQLite's first writes. Tiered compilation kept
        // re-compiling the press's path (EF, SQLite, cards) for over ten seconds, at more than half a core:
        // a two-second warm-up measured the JIT, not the steady state a server runs in for weeks. On a slower
        // machine the press's path was still being compiled 15 s in (perf: the JIT at 5-20% of the samples
        // until about 20 s), hence --warm-up.
        await DriveAsync(client, scenario, token, concurrency, warmUp);
        var cpuBefore = server.CpuTime();
        var idleBefore = MachineIdle.Now();
        using var stopSampling = new CancellationTokenSource();
        var privatePeak = SamplePrivatePeakAsync(server, stopSampling.Token);
        var (latencies, errors, elapsed) = await DriveAsync(client, scenario, token, concurrency, duration);
        var cpu = server.CpuTime() - cpuBefore;
        await stopSampling.CancelAsync();
        var privateBytes = await privatePeak;
        var idle = MachineIdle.Now().PercentSince(idleBefore);
        Array.Sort(latencies);
        return new ScenarioResult(
            scenario.Name,
            latencies.Length / elapsed.TotalSeconds,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            errors,
            server.PeakResidentBytes() / (1024.0 * 1024.0),
            privateBytes / (1024.0 * 1024.0),
            cpu.TotalMicroseconds / Math.Max(1, latencies.Length),
            idle);
    }

    /// <summary>
    /// The highest <see cref="ServerProcess.PrivateResidentBytes"/> seen in the measured phase, four times a
    /// second: the kernel keeps a high-water mark only for the whole resident set, not for its private part.
    /// </summary>
    private static async Task<long> SamplePrivatePeakAsync(ServerProcess server, CancellationToken cancellationToken)
    {
        var peak = server.PrivateResidentBytes();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                peak = Math.Max(peak, server.PrivateResidentBytes());
            }
        }
        catch (OperationCanceledException)
        {
        }

        return Math.Max(peak, server.PrivateResidentBytes());
    }

    private static async Task<(double[] Latencies, int Errors, TimeSpan Elapsed)> DriveAsync(HttpClient client, Scenario scenario, string token, int concurrency, TimeSpan duration)
    {
        var stop = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var errors = 0;
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var samples = new List<double>(capacity: 50_000);
            var sequence = 0;
            while (Stopwatch.GetTimestamp() < stop)
            {
                using var request = scenario.CreateRequest(token, worker, sequence++);
                var begin = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(request);
                    await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref errors);
                        continue;
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                    continue;
                }

                samples.Add(Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
            }

            return samples;
        }).ToArray();
        var all = (await Task.WhenAll(workers)).SelectMany(s => s).ToArray();
        return (all, errors, Stopwatch.GetElapsedTime(started));
    }

    private static async Task<string> DevelopmentTokenAsync(HttpClient client)
    {
        using var response = await client.PostAsync(new Uri($"/dev/token?serviceUrl={Uri.EscapeDataString(ServiceUrl)}", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"]!;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>One kind of request: a path and an activity template whose id is replaced per request, so every one is new to the dedupe.</summary>
    private sealed record Scenario(string Name, string Path, string? Template, bool MemoryStores = false, bool Rsvp = false)
    {
        public static readonly Scenario[] All =
        [
            new("bare-invoke", BenchmarkServer.BarePath, Activity("f3-adaptive-card-action-invoke")),
            new("authenticated-invoke", "/api/messages", Activity("f3-adaptive-card-action-invoke")),
            new("authenticated-message", "/api/messages", Activity("f1-personal-message")),
            new("invoke-memory-stores", "/api/messages", Activity("f3-adaptive-card-action-invoke"), MemoryStores: true),
            new("authenticated-rsvp", "/api/messages", RsvpActivity(), Rsvp: true),
        ];

        public HttpRequestMessage CreateRequest(string token, int worker, int sequence)
        {
            var body = Template!.Replace("__ID__", $"{worker}-{sequence}-{Guid.NewGuid():N}", StringComparison.Ordinal);
            if (Rsvp)
            {
                // Each worker is its own member in its own personal chat (as in Teams, where a member's chat
                // with the bot is theirs alone) and alternates its answer, so every press is a change that is written.
                body = body.Replace("__AAD__", RsvpSeed.AadObjectId(worker), StringComparison.Ordinal)
                    .Replace("__CHAT__", $"a:1benchmember{worker:D3}", StringComparison.Ordinal)
                    .Replace("__USER__", $"29:1benchmember{worker:D3}", StringComparison.Ordinal)
                    .Replace("__VERB__", sequence % 2 == 0 ? "rsvp.accept" : "rsvp.decline", StringComparison.Ordinal);
            }

            var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Path, UriKind.Relative))
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return request;
        }

        /// <summary>
        /// A spec fixture re-addressed to the token's serviceUrl. Messages carry only a mention, which the
        /// handler ignores, so the figures measure the protocol path and no Connector call is made.
        /// </summary>
        private static string Activity(string fixture) => Fixture(fixture).ToJsonString();

        /// <summary>"Jag kommer" / "Anmäl förhinder" pressed in a personal chat by a seeded member (<see cref="RsvpSeed"/>).</summary>
        private static string RsvpActivity()
        {
            var node = Fixture("f3-adaptive-card-action-invoke");
            node["from"]!["aadObjectId"] = "__AAD__";
            node["from"]!["id"] = "__USER__";
            node["conversation"]!["id"] = "__CHAT__";
            node["value"]!["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = "__VERB__",
                ["data"] = new JsonObject { ["meetingId"] = RsvpSeed.MeetingId },
            };
            return node.ToJsonString();
        }

        private static JsonObject Fixture(string fixture)
        {
            var node = JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "botframework", fixture + ".json")))!.AsObject();
            node["serviceUrl"] = ServiceUrl;
            node["id"] = "__ID__";
            if (node["text"] is not null)
            {
                node["text"] = "<at>MeetingBot</at> ";
            }

            return node;
        }
    }

    /// <param name="CpuMicrosecondsPerRequest">
    /// The server's CPU time (user and system) per request: the driver shares the machine's cores, and
    /// on a shared virtual machine the rate swings from run to run, while the server's cost per request does not.
    /// </param>
    /// <param name="PrivateMegabytes">The peak of the server's own memory in the measured phase (<see cref="ServerProcess.PrivateResidentBytes"/>).</param>
    /// <param name="IdlePercent">The machine's CPU left unused during the measured phase (<see cref="MachineIdle"/>).</param>
    private sealed record ScenarioResult(string Name, double RequestsPerSecond, double P50, double P99, int Errors, double PeakMegabytes, double PrivateMegabytes, double CpuMicrosecondsPerRequest, double IdlePercent)
    {
        public override string ToString() =>
            string.Create(
                CultureInfo.InvariantCulture,
                $"{Name,-22} {RequestsPerSecond,10:F0} {P50,8:F2} {P99,8:F2} {Errors,7} {PeakMegabytes,15:F0} {PrivateMegabytes,11:F0} {CpuMicrosecondsPerRequest,18:F0} {IdlePercent,7:F1}");
    }
}
