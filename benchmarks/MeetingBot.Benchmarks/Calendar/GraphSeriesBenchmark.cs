using System.Diagnostics;
using System.Globalization;
using MeetingBot.Calendar.Graph;
using MeetingBot.Core.Calendar;
using MeetingBot.Core.Roster;
using MeetingBot.Core.Series;
using MeetingBot.Tests.Calendar.Graph.Fake;

namespace MeetingBot.Benchmarks.Calendar;

/// <summary>
/// <c>dotnet run -c Release -- graph</c>: creating the 2026 series through the real GraphServiceClient
/// against the local fake Graph with a fixed latency per HTTP request, as one $batch versus one POST
/// per event (sequential, and 4 at a time, Outlook's concurrency limit). Counts HTTP round trips and
/// wall time for a first run and a rerun. Wall clock on purpose: this measures round trips, not CPU.
/// </summary>
internal static class GraphSeriesBenchmark
{
    private const int Runs = 5;
    private const string Mailbox = "sekretariat@helsingborg.se";
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(100);

    private static readonly DateOnly[] Dates =
    [
        new(2026, 1, 23), new(2026, 2, 27), new(2026, 3, 27), new(2026, 4, 17), new(2026, 5, 22),
        new(2026, 8, 21), new(2026, 9, 25), new(2026, 10, 23), new(2026, 11, 20), new(2026, 12, 11),
    ];

    public static async Task RunAsync()
    {
        Console.WriteLine($"Graph series creation, 10 events, {Latency.TotalMilliseconds:0} ms latency per HTTP request, median of {Runs} runs");
        Console.WriteLine($"{"strategy",-28} {"first run",12} {"requests",9} {"rerun",10} {"requests",9}");
        await MeasureAsync("one $batch (MeetingBot)", BatchAsync);
        await MeasureAsync("POST per event, sequential", (g, d, m, ct) => PerEventAsync(g, d, m, 1, ct));
        await MeasureAsync("POST per event, 4 parallel", (g, d, m, ct) => PerEventAsync(g, d, m, 4, ct));
    }

    private static async Task MeasureAsync(string name, Func<Microsoft.Graph.GraphServiceClient, SeriesDefinition, IReadOnlyList<PlannedMeeting>, CancellationToken, Task> create)
    {
        List<(double Ms, int Requests)> first = [], rerun = [];
        for (var i = 0; i < Runs + 1; i++)
        {
            await using var graph = await FakeGraphServer.StartAsync();
            graph.Latency = Latency;
            var client = graph.CreateClient();
            var (definition, meetings) = Series();
            var a = await TimeAsync(graph, () => create(client, definition, meetings, CancellationToken.None));
            var b = await TimeAsync(graph, () => create(client, definition, meetings, CancellationToken.None));
            if (graph.Mailbox.Events.Count != 10 || !graph.Violations.IsEmpty)
            {
                throw new InvalidOperationException($"{name}: {graph.Mailbox.Events.Count} events, violations: {string.Join("; ", graph.Violations)}");
            }

            if (i > 0)
            {
                // The first round warms up JIT and connections.
                first.Add(a);
                rerun.Add(b);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-28} {Median(first),9:0} ms {first[0].Requests,9} {Median(rerun),7:0} ms {rerun[0].Requests,9}"));
    }

    private static async Task<(double Ms, int Requests)> TimeAsync(FakeGraphServer graph, Func<Task> action)
    {
        graph.ClearRequests();
        var watch = Stopwatch.StartNew();
        await action();

        return (watch.Elapsed.TotalMilliseconds, graph.Requests.Count);
    }

    private static Task BatchAsync(Microsoft.Graph.GraphServiceClient client, SeriesDefinition definition, IReadOnlyList<PlannedMeeting> meetings, CancellationToken ct) =>
        new GraphSeriesCalendar(client, Mailbox, TimeProvider.System).CreateMissingAsync(definition, meetings, ct);

    /// <summary>The same read-back, then a plain POST per missing event (the SDK retries those by itself).</summary>
    private static async Task PerEventAsync(Microsoft.Graph.GraphServiceClient client, SeriesDefinition definition, IReadOnlyList<PlannedMeeting> meetings, int parallel, CancellationToken ct)
    {
        var existing = await new GraphSeriesCalendar(client, Mailbox, TimeProvider.System).ListAsync(definition.SeriesId, ct);
        var missing = meetings.Where(m => existing.All(e => e.PlannedDate != m.Date));
        await Parallel.ForEachAsync(missing, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct }, async (m, token) =>
            await client.Users[Mailbox].Events.PostAsync(GraphEventFactory.Create(definition, m), rc => GraphHeaders.AddPrefer(rc.Headers), token));
    }

    private static (SeriesDefinition, IReadOnlyList<PlannedMeeting>) Series() =>
        (new SeriesDefinition(
            SeriesDefinition.IdForYear(2026), SeriesDefinition.DefaultSubject, "Stadshuset, Helsingborg",
            [.. Enumerable.Range(1, 12).Select(i => new Member($"Direktör {i}", "Kommun", $"dir{i}@kommun.se", MemberRole.Member))],
            new Uri("https://meetingbot.example.se/agenda/")),
         [.. Dates.Select(d => PlannedMeeting.At(d, new TimeOnly(8, 30), new TimeOnly(13, 0)))]);

    private static double Median(List<(double Ms, int Requests)> values) =>
        values.Select(v => v.Ms).Order().ElementAt(values.Count / 2);
}
