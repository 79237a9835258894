using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Authentication;
using MeetingBot.BotFramework.Hosting;
using MeetingBot.Core.Scheduling;
using MeetingBot.Core.Series;
using MeetingBot.Hosting;
using MeetingBot.Scheduling;
using MeetingBot.Scheduling.Storage;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using MeetingBot.Tests.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MeetingBot.Tests.Scheduling;

/// <summary>Two real hosts against one real PostgreSQL, posting to a connector on 127.0.0.1.</summary>
public sealed class MultiInstanceSchedulingTests : IAsyncLifetime
{
    private const int Conversations = 24;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly PostgresTestDatabase database = new();
    private readonly List<WebApplication> instances = [];
    private RecordingConnector connector = null!;

    private static IEnumerable<string> ConversationIds => Enumerable.Range(1, Conversations).Select(i => $"19:conv-{i:D2}@thread.tacv2");

    public async Task InitializeAsync()
    {
        await database.CreateAsync();
        await new StorageMigrator(database.Factory).MigrateAsync(CancellationToken.None);
        connector = await RecordingConnector.StartAsync();
        await ScheduleSeed.AddConversationsAsync(database.Factory, connector.ServiceUrl, ConversationIds);

        // The agenda (7 days before) was due two days ago and the meeting is still ahead: a missed job that runs at once.
        await ScheduleSeed.AddMeetingAsync(database.Factory, DateOnly.FromDateTime(StockholmTime.ToLocal(TimeProvider.System.GetUtcNow()).DateTime).AddDays(5), agendaItems: 2);
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }

        await connector.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task<WebApplication> StartInstanceAsync()
    {
        string[] args =
        [
            "--urls", "http://127.0.0.1:0", "--environment", "Development",
            .. database.Environment.Select(e => $"--{e.Key.Replace("__", ":", StringComparison.Ordinal)}={e.Value}"),
            "--Scheduling:PollInterval=00:00:00.200", "--Scheduling:LeaseDuration=00:00:03", "--Scheduling:FanOutConcurrency=4",
        ];
        var app = MeetingBotHost.Build(args, services => services.RemoveAll<IScheduledJobHandler>().AddScheduledJobHandler<AgendaJobHandler>());
        instances.Add(app);
        await app.StartAsync();
        return app;
    }

    private async Task<ScheduledJobRow> AgendaJobAsync()
    {
        await using var db = database.Factory.CreateDbContext();
        return await db.Set<ScheduledJobRow>().AsNoTracking().SingleAsync(j => j.Kind == JobKind.PostAgenda);
    }

    private async Task<ScheduledJobRow> WaitUntilAgendaDoneAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            // The planner runs on the host's first tick, which may come after StartAsync returns: no row yet is "not yet".
            await using var db = database.Factory.CreateDbContext();
            var job = await db.Set<ScheduledJobRow>().AsNoTracking().SingleOrDefaultAsync(j => j.Kind == JobKind.PostAgenda, timeout.Token);
            if (job?.State == JobState.Done)
            {
                return job;
            }

            await Task.Delay(100, timeout.Token);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    [Fact]
    public async Task Runner_TwoInstancesJobDueNow_PostsToEachConversationOnce()
    {
        await Task.WhenAll(StartInstanceAsync(), StartInstanceAsync());

        var job = await WaitUntilAgendaDoneAsync();

        Assert.Equal(1, job.Attempts);
        Assert.Equal(ConversationIds.Order(), connector.Posts.Select(p => Uri.UnescapeDataString(p.ConversationId)).Order());
        Assert.All(connector.Posts, p => Assert.StartsWith("PostAgenda kdg/", p.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Runner_ConnectorAnswers202WithoutBody_PostsToEachConversationOnceInOneAttempt()
    {
        connector.AnswersWithoutBody = true;
        await StartInstanceAsync();

        var job = await WaitUntilAgendaDoneAsync();

        Assert.Equal(1, job.Attempts);
        Assert.Equal(ConversationIds.Order(), connector.Posts.Select(p => Uri.UnescapeDataString(p.ConversationId)).Order());
    }

    [Fact]
    public async Task Runner_InstanceKilledMidFanOut_OtherCompletesWithoutPostingTwice()
    {
        connector.HoldAfter(8);
        var first = await StartInstanceAsync();
        var second = await StartInstanceAsync();
        await WaitUntilAsync(() => connector.Posts.Count >= 10);
        var owner = (await AgendaJobAsync()).LeaseOwner;
        var (victim, survivor) = first.Services.GetRequiredService<ScheduledJobRunner>().Owner == owner ? (first, second) : (second, first);

        // Killed: its posts in flight are cut off and its lease is left to expire or be released.
        await victim.StopAsync(new CancellationToken(canceled: true));
        connector.Release();
        var job = await WaitUntilAgendaDoneAsync();

        var posted = connector.Posts.Select(p => Uri.UnescapeDataString(p.ConversationId)).ToList();
        Assert.Equal(posted.Count, posted.Distinct().Count());
        Assert.Equal(survivor.Services.GetRequiredService<ScheduledJobRunner>().Owner, (await survivor.Services.GetRequiredService<JobStore>().DeliveriesAsync(job.Id, CancellationToken.None)).Last(d => d.State == DeliveryState.Sent).SentBy);
        var unconfirmed = (await survivor.Services.GetRequiredService<JobStore>().DeliveriesAsync(job.Id, CancellationToken.None))
            .Where(d => d.State == DeliveryState.Sending).Select(d => d.TargetKey);
        Assert.Equal(ConversationIds.Order(), posted.Union(unconfirmed).Order());
    }

    [Fact]
    public async Task StopAsync_MidFanOut_FinishesThePostsInFlightAndHandsTheJobBack()
    {
        connector.HoldAfter(4);
        var stopping = await StartInstanceAsync();
        await WaitUntilAsync(() => connector.Posts.Count >= 8);

        var stop = stopping.StopAsync();
        await Task.Delay(300);
        connector.Release();
        await stop;

        var job = await AgendaJobAsync();
        Assert.Equal(JobState.Pending, job.State);
        Assert.Equal(0, job.Attempts);
        var deliveries = await stopping.Services.GetRequiredService<JobStore>().DeliveriesAsync(job.Id, CancellationToken.None);
        Assert.All(deliveries, d => Assert.Equal(DeliveryState.Sent, d.State));
        Assert.Equal(connector.Posts.Count, deliveries.Count);

        await StartInstanceAsync();
        await WaitUntilAgendaDoneAsync();
        Assert.Equal(ConversationIds.Order(), connector.Posts.Select(p => Uri.UnescapeDataString(p.ConversationId)).Order());
    }

    [Fact]
    public async Task Post_SameActivityToBothInstances_IsHandledOnce()
    {
        var instancesStarted = await Task.WhenAll(StartInstanceAsync(), StartInstanceAsync());
        var activity = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "botframework", "f1-personal-message.json")))!.AsObject();
        activity["serviceUrl"] = connector.ServiceUrl;
        activity["id"] = Guid.NewGuid().ToString("N");
        activity["text"] = "hej";

        var responses = await Task.WhenAll(instancesStarted.Select(async app =>
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            var token = app.Services.GetRequiredService<DevelopmentIssuer>().CreateToken(BotOptions.DevelopmentAppId, connector.ServiceUrl);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new("Bearer", token);
            return (await client.SendAsync(request)).StatusCode;
        }));

        Assert.All(responses, status => Assert.Equal(HttpStatusCode.OK, status));
        await WaitUntilAsync(() => !connector.Posts.IsEmpty);

        // The duplicate is dropped at claim time, before the handler runs; give a second reply the time to show up.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(connector.Posts, p => !p.Text.StartsWith("PostAgenda", StringComparison.Ordinal));
    }
}
