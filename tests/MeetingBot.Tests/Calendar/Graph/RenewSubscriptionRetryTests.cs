using MeetingBot.Calendar.Graph.Storage;
using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling.Storage;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using MeetingBot.Tests.Calendar.Graph.Fake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Calendar.Graph;

/// <summary>Renewals outside the recurring slot: one that keeps failing, and one a restart asks for.</summary>
public sealed class RenewSubscriptionRetryTests
{
    [Fact]
    public async Task Runner_GraphFailsBeyondMaxAttempts_RenewalKeepsTryingUntilItSucceeds()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        await using var app = GraphHostFixture.Build(graph, extra: ["--Scheduling:RetryDelay=00:00:00.200", "--Scheduling:MaxAttempts=2"]);
        await app.StartAsync();
        var store = app.Services.GetRequiredService<GraphSubscriptionStore>();
        await GraphHostFixture.WaitUntil(async () => await store.FindAsync($"/users/{Series2026.Mailbox}/events", CancellationToken.None) is not null);
        graph.Subscriptions.FailNext(3);

        await app.Services.GetRequiredService<JobStore>().PlanAsync(
            [new PlannedJob(JobKind.RenewSubscription, "test-long-outage", TimeProvider.System.GetUtcNow())], CancellationToken.None);
        await GraphHostFixture.WaitUntil(async () => (await JobAsync(app.Services)).State is JobState.Done or JobState.Failed);

        var job = await JobAsync(app.Services);
        Assert.Equal(JobState.Done, job.State);
        Assert.Equal(4, job.Attempts);
        Assert.Equal(1, graph.Subscriptions.Renewals);
        await app.StopAsync();
    }

    [Fact]
    public async Task Start_StoredSubscriptionForAnotherAddress_RenewsNowNotAtTheNextSlot()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        string[] database = [$"--Storage:DataDirectory={Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N"), "data")}"];
        var resource = $"/users/{Series2026.Mailbox}/events";
        string before;
        await using (var first = GraphHostFixture.Build(graph, extra: database))
        {
            await first.StartAsync();
            var store = first.Services.GetRequiredService<GraphSubscriptionStore>();
            await GraphHostFixture.WaitUntil(async () => await store.FindAsync(resource, CancellationToken.None) is not null);
            before = (await store.FindAsync(resource, CancellationToken.None))!.NotificationUrl;
            await first.StopAsync();
        }

        // The same database behind a host on another port: a redeploy under a new address, in the same two-day slot.
        await using var second = GraphHostFixture.Build(graph, extra: database);
        await second.StartAsync();
        var current = second.Services.GetRequiredService<GraphSubscriptionStore>();
        await GraphHostFixture.WaitUntil(async () => (await current.FindAsync(resource, CancellationToken.None))?.NotificationUrl != before);

        var stored = (await current.FindAsync(resource, CancellationToken.None))!;
        Assert.StartsWith(second.Urls.First(), stored.NotificationUrl, StringComparison.Ordinal);
        Assert.Equal(stored.NotificationUrl, graph.Subscriptions.Active[stored.SubscriptionId]["notificationUrl"]!.GetValue<string>());
        await second.StopAsync();
    }

    private static async Task<ScheduledJobRow> JobAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContextAsync();
        return await db.Set<ScheduledJobRow>().AsNoTracking().SingleAsync(j => j.MeetingKey == "test-long-outage");
    }
}
