using System.Globalization;
using System.Text.Json.Nodes;
using MeetingBot.Calendar.Graph;
using MeetingBot.Calendar.Graph.Storage;
using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling;
using MeetingBot.Scheduling.Storage;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using MeetingBot.Tests.Calendar.Graph.Fake;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Calendar.Graph;

/// <summary>The subscription as a scheduled job: created once at start, stored, extended, re-created when Graph lost it.</summary>
public sealed class RenewSubscriptionJobTests : IAsyncLifetime
{
    private static readonly string Resource = $"/users/{Series2026.Mailbox}/events";

    private FakeGraphServer graph = null!;
    private WebApplication app = null!;

    public async Task InitializeAsync()
    {
        graph = await FakeGraphServer.StartAsync();

        // Retries a second apart, so a failed renewal is seen pending before it is tried again.
        app = GraphHostFixture.Build(graph, extra: ["--Scheduling:RetryDelay=00:00:01"]);
        await app.StartAsync();
        await GraphHostFixture.WaitUntil(async () => await StoredAsync() is not null);
    }

    public async Task DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await graph.DisposeAsync();
    }

    private int Posts => graph.Requests.Count(r => r.Method == "POST" && r.PathAndQuery == "/v1.0/subscriptions");

    private int Patches => graph.Requests.Count(r => r.Method == "PATCH" && r.PathAndQuery.StartsWith("/v1.0/subscriptions/", StringComparison.Ordinal));

    private Task<GraphSubscriptionRow?> StoredAsync() =>
        app.Services.GetRequiredService<GraphSubscriptionStore>().FindAsync(Resource, CancellationToken.None);

    private Task RunAsync() =>
        app.Services.GetRequiredService<ScheduledJobHandlers>().For(JobKind.RenewSubscription)
            .PrepareAsync(new ScheduledJob(0, JobKind.RenewSubscription, "test", TimeProvider.System.GetUtcNow(), 1, null), CancellationToken.None);

    private async Task<ScheduledJobRow> JobAsync(string meetingKey)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContextAsync();
        return await db.Set<ScheduledJobRow>().AsNoTracking().SingleAsync(j => j.MeetingKey == meetingKey);
    }

    [Fact]
    public async Task Start_NotificationsConfigured_CreatesOneSubscriptionAndStoresIt()
    {
        var stored = (await StoredAsync())!;

        var (id, subscription) = Assert.Single(graph.Subscriptions.Active);
        Assert.Equal(1, Posts);
        Assert.Equal(id, stored.SubscriptionId);
        Assert.Equal(DateTimeOffset.Parse(subscription["expirationDateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture), stored.ExpiresAt);
        Assert.InRange(stored.ExpiresAt - stored.UpdatedAt, TimeSpan.FromMinutes(4199), TimeSpan.FromMinutes(4200));
        Assert.Empty(graph.Violations);
    }

    [Fact]
    public async Task RunAgain_SubscriptionStored_PatchesSameIdLaterWithoutCreating()
    {
        var before = (await StoredAsync())!;

        await RunAsync();

        var after = (await StoredAsync())!;
        Assert.Equal(before.SubscriptionId, after.SubscriptionId);
        Assert.True(after.ExpiresAt > before.ExpiresAt);
        Assert.Equal((1, 1), (Posts, Patches));
        var patch = JsonNode.Parse(graph.Requests.Single(r => r.Method == "PATCH").Body)!.AsObject();
        Assert.Equal(["expirationDateTime"], patch.Select(p => p.Key));
        Assert.Single(graph.Subscriptions.Active);
    }

    [Fact]
    public async Task RunAgain_GraphAnswers404_RecreatesStoresAndRequestsReRead()
    {
        var old = (await StoredAsync())!.SubscriptionId;
        graph.Subscriptions.Active.TryRemove(old, out _);
        var signal = app.Services.GetRequiredService<RsvpRefreshSignal>();
        var requests = signal.Requests;

        await RunAsync();

        var (id, _) = Assert.Single(graph.Subscriptions.Active);
        Assert.NotEqual(old, id);
        Assert.Equal(id, (await StoredAsync())!.SubscriptionId);
        Assert.Equal((2, 1), (Posts, Patches));
        Assert.Equal(requests + 1, signal.Requests);
    }

    [Fact]
    public async Task RunAgain_StoredSubscriptionExpired_CreatesWithoutTryingIt()
    {
        var stored = (await StoredAsync())!;
        stored.ExpiresAt = TimeProvider.System.GetUtcNow() - TimeSpan.FromMinutes(1);
        Assert.True(await app.Services.GetRequiredService<GraphSubscriptionStore>().TrySaveAsync(stored, stored.SubscriptionId, CancellationToken.None));

        await RunAsync();

        Assert.Equal((2, 0), (Posts, Patches));
        Assert.NotEqual(stored.SubscriptionId, (await StoredAsync())!.SubscriptionId);
    }

    [Fact]
    public async Task RunAgain_NotificationAddressChanged_CreatesForTheNewAddressAndDeletesTheOld()
    {
        var stored = (await StoredAsync())!;
        var configured = stored.NotificationUrl;
        stored.NotificationUrl = "https://old-meetingbot.example.se/graph/notifications";
        Assert.True(await app.Services.GetRequiredService<GraphSubscriptionStore>().TrySaveAsync(stored, stored.SubscriptionId, CancellationToken.None));

        await RunAsync();

        Assert.Equal((2, 0), (Posts, Patches));
        var renewed = (await StoredAsync())!;
        Assert.Equal(configured, renewed.NotificationUrl);
        Assert.Equal(configured, graph.Subscriptions.Active[renewed.SubscriptionId]["notificationUrl"]!.GetValue<string>());
        Assert.Equal([renewed.SubscriptionId], graph.Subscriptions.Active.Keys);
    }

    [Fact]
    public async Task RunTwiceAtOnce_SubscriptionRemoved_OneSubscriptionLeftAndStored()
    {
        var removed = Assert.Single(graph.Subscriptions.Active).Key;
        graph.Subscriptions.Active.TryRemove(removed, out _);

        // A lifecycle job beside the recurring one: both find the stored subscription gone and create one.
        await Task.WhenAll(RunAsync(), RunAsync());

        var left = Assert.Single(graph.Subscriptions.Active).Key;
        Assert.Equal(left, (await StoredAsync())!.SubscriptionId);
        Assert.Equal(3, Posts);
    }

    [Fact]
    public async Task Runner_GraphFails500_JobRetriedLaterAndSucceeds()
    {
        graph.Subscriptions.FailNext(1);
        var now = TimeProvider.System.GetUtcNow();
        await app.Services.GetRequiredService<JobStore>().PlanAsync([new PlannedJob(JobKind.RenewSubscription, "test-outage", now)], CancellationToken.None);

        await GraphHostFixture.WaitUntil(async () => await JobAsync("test-outage") is { State: JobState.Pending, Attempts: 1 });
        var failed = await JobAsync("test-outage");
        Assert.Contains("ODataError", failed.LastError, StringComparison.Ordinal);
        Assert.True(failed.NextAttemptAt > failed.DueAt);

        await GraphHostFixture.WaitUntil(async () => (await JobAsync("test-outage")).State == JobState.Done);
        Assert.Equal(2, (await JobAsync("test-outage")).Attempts);
        Assert.Equal(1, graph.Subscriptions.Renewals);
        Assert.Equal(1, Posts);
    }
}
