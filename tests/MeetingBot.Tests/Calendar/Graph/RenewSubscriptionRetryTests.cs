using MeetingBot.Calendar.Graph.Storage;
using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling.Storage;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using MeetingBot.Tests.Calendar.Graph.Fake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Calendar.Graph;

/// <summary>A renewal that fails more often than <c>Scheduling:MaxAttempts</c> allows other jobs.</summary>
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

    private static async Task<ScheduledJobRow> JobAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContextAsync();
        return await db.Set<ScheduledJobRow>().AsNoTracking().SingleAsync(j => j.MeetingKey == "test-long-outage");
    }
}
