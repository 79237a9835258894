using Microsoft.Extensions.DependencyInjection.Extensions;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MeetingBot.Bot.Storage;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Scheduling;
using MeetingBot.Core.Series;
using MeetingBot.Hosting;
using MeetingBot.Scheduling;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Benchmarks.FanOut;

/// <summary>
/// The agenda card posted by the scheduler to N conversations of one tenant through the real host
/// (SQLite, Connector client with its rate limiter) against <see cref="TeamsLimitedConnector"/>:
/// <c>dotnet run -c Release --project benchmarks/MeetingBot.Benchmarks -- fanout --conversations 1000 [--concurrency 16] [--postgres "Host=…;Database=…"]</c>
/// (the PostgreSQL database must exist; it is migrated and gets a meeting and a job).
/// Prints the fan-out's duration, 429s seen, the achieved rate against the 50/s tenant limit and the busiest second.
/// </summary>
internal static class FanOutBenchmark
{
    public const string Command = "fanout";

    public static async Task<int> RunAsync(string[] args)
    {
        var conversations = Option(args, "--conversations", 1000);
        var concurrency = Option(args, "--concurrency", 16);
        var postgres = args.SkipWhile(a => a != "--postgres").Skip(1).FirstOrDefault();

        // The host's agenda job remembers every posted copy (PostedCards) to update it later; so does this
        // benchmark's handler unless told not to, because those writes compete with the delivery rows.
        var rememberCopies = !args.Contains("--no-copies");
        await using var connector = await TeamsLimitedConnector.StartAsync();
        var dataDirectory = Directory.CreateTempSubdirectory("meetingbot-fanout-").FullName;
        try
        {
            string[] hostArgs =
            [
                "--urls", "http://127.0.0.1:0", "--environment", "Development", $"--Storage:DataDirectory={dataDirectory}",
                .. postgres is null ? Array.Empty<string>() : ["--Storage:Provider=PostgreSql", $"--ConnectionStrings:MeetingBot={postgres}"],
                "--Scheduling:PollInterval=00:00:00.100", $"--Scheduling:FanOutConcurrency={concurrency}", "--Logging:LogLevel:Default=Warning",
            ];
            var targets = Enumerable.Range(1, conversations).Select(i => new ConversationReference(
                $"19:fanout-{i:D5}@thread.tacv2", connector.ServiceUrl, "msteams", "channel", "72f988bf-86f1-41af-91ab-2d7cd011db47",
                "28:c9e8c047-2a74-40a2-b28a-b162d5f5327c", "MeetingBot", null, null, DateTimeOffset.UnixEpoch)).ToList();
            await using var app = MeetingBotHost.Build(hostArgs, services =>
            {
                // The benchmark's own handler posts to synthetic channels in place of the host's agenda job.
                services.RemoveAll<IScheduledJobHandler>();
                services.AddSingleton<IScheduledJobHandler>(sp => new AgendaCardHandler(
                    targets, rememberCopies ? sp.GetRequiredService<PostedCardStore>() : null, sp.GetRequiredService<MeetingBotDbContextFactory>()));
            });
            await app.StartAsync();
            var started = Stopwatch.GetTimestamp();
            await AddMeetingAsync(app.Services.GetRequiredService<MeetingBotDbContextFactory>());
            await app.Services.GetRequiredService<SchedulePlanner>().PlanAsync(CancellationToken.None);
            var job = await WaitForJobAsync(app.Services.GetRequiredService<MeetingBotDbContextFactory>());
            var total = Stopwatch.GetElapsedTime(started);
            await app.StopAsync();

            var arrivals = connector.Accepted.Select(a => a.At).Order().ToArray();
            var span = Stopwatch.GetElapsedTime(arrivals[0], arrivals[^1]);
            var rate = (arrivals.Length - 1) / span.TotalSeconds;
            var busiest = BusiestSecond(arrivals);
            Console.WriteLine($"conversations {conversations}, fan-out concurrency {concurrency}, {(postgres is null ? "SQLite" : "PostgreSQL")}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            Console.WriteLine($"job {job.State} after {job.Attempts} attempt(s); posts accepted {arrivals.Length}, distinct {connector.Accepted.Select(a => a.ConversationId).Distinct().Count()}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"due -> done {total.TotalSeconds:F1} s; first -> last post {span.TotalSeconds:F1} s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"429s {connector.Throttled}; rate {rate:F1} posts/s = {100 * rate / TeamsLimitedConnector.TenantPerSecond:F0}% of the {TeamsLimitedConnector.TenantPerSecond}/s tenant limit; busiest 1 s window {busiest}"));

            // At the limit, 50 go at once and 50 more each second after: the shortest possible first -> last.
            var ideal = TimeSpan.FromSeconds((arrivals.Length - 1) / TeamsLimitedConnector.TenantPerSecond);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"duplicates {arrivals.Length - connector.Accepted.Select(a => a.ConversationId).Distinct().Count()}; shortest possible first -> last at the limit {ideal.TotalSeconds:F1} s, achieved {100 * ideal / span:F0}% of that pace"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static async Task AddMeetingAsync(MeetingBotDbContextFactory factory)
    {
        var date = DateOnly.FromDateTime(StockholmTime.ToLocal(TimeProvider.System.GetUtcNow()).DateTime).AddDays(5);
        var planned = PlannedMeeting.At(date, new TimeOnly(9, 0), new TimeOnly(12, 0));
        await using var db = factory.CreateDbContext();
        db.Meetings.Add(new MeetingRow
        {
            SeriesKey = "kdg", Title = "Kommundirektörsgruppen", Date = date, StartLocal = planned.StartLocal, EndLocal = planned.EndLocal,
            TimeZoneId = StockholmTime.IanaId, StartUtc = planned.StartUtc, EndUtc = planned.EndUtc,
            AgendaItems = [new AgendaItemRow { Position = 1, Number = 1, Title = "Budget 2027" }, new AgendaItemRow { Position = 2, Number = 2, Title = "Trygghetsarbete" }],
        });
        await db.SaveChangesAsync();
    }

    private static async Task<ScheduledJobRow> WaitForJobAsync(MeetingBotDbContextFactory factory)
    {
        while (true)
        {
            await using (var db = factory.CreateDbContext())
            {
                var job = await db.Set<ScheduledJobRow>().AsNoTracking().SingleAsync(j => j.Kind == JobKind.PostAgenda);
                if (job.State is JobState.Done or JobState.Failed)
                {
                    return job;
                }
            }

            await Task.Delay(50);
        }
    }

    private static int BusiestSecond(long[] arrivals)
    {
        var best = 0;
        for (int start = 0, end = 0; end < arrivals.Length; end++)
        {
            while (Stopwatch.GetElapsedTime(arrivals[start], arrivals[end]) >= TimeSpan.FromSeconds(1))
            {
                start++;
            }

            best = Math.Max(best, end - start + 1);
        }

        return best;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>The agenda card (the real one from Core) to every target.</summary>
    private sealed class AgendaCardHandler(IReadOnlyList<ConversationReference> targets, PostedCardStore? copies, MeetingBotDbContextFactory factory) : IScheduledJobHandler
    {
        public JobKind Kind => JobKind.PostAgenda;

        public async Task<IReadOnlyList<JobMessage>> PrepareAsync(ScheduledJob job, CancellationToken cancellationToken)
        {
            var meeting = job.Meeting!;
            int meetingId;
            await using (var db = factory.CreateDbContext())
            {
                meetingId = await db.Meetings.Where(m => m.Date == meeting.Date).Select(m => m.Id).SingleAsync(cancellationToken);
            }

            var card = AgendaCard.Build(new AgendaCardModel(job.MeetingKey, "Kommundirektörsgruppen", meeting.Date, meeting.StartLocal, meeting.EndLocal, "Stadshuset",
                null, [new AgendaItem(1, "Budget 2027", "Inriktning och ramar", ["Ekonomidirektören"], []), new AgendaItem(2, "Trygghetsarbete", null, [], [])],
                new AttendanceTally(0, 0, 11), []));
            using var content = JsonDocument.Parse(CardJson.Serialize(card));
            var attachment = new Attachment { ContentType = AdaptiveCard.ContentType, Content = content.RootElement.Clone() };
            Func<DeliveredMessage, CancellationToken, Task>? remember = copies is null
                ? null
                : (delivered, ct) => copies.SaveAsync(new PostedCard(meetingId, PostedCardKinds.Agenda, delivered.Address, delivered.ActivityId, null), ct);
            return [.. targets.Select(t => new JobMessage(new ConversationTarget(t), new MeetingBot.BotFramework.Schema.Activity { Type = ActivityTypes.Message, Attachments = [attachment] }, remember))];
        }
    }
}
