using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling.Storage;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using MeetingBot.Tests.Calendar.Graph.Fake;
using MeetingBot.Tests.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Calendar.Graph;

/// <summary>Two hosts against one real PostgreSQL keep one subscription between them.</summary>
public sealed class SubscriptionRenewalMultiInstanceTests : IAsyncLifetime
{
    private readonly PostgresTestDatabase database = new();
    private readonly List<WebApplication> instances = [];
    private FakeGraphServer graph = null!;

    public async Task InitializeAsync()
    {
        await database.CreateAsync();
        await new StorageMigrator(database.Factory).MigrateAsync(CancellationToken.None);
        graph = await FakeGraphServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in instances)
        {
            await instance.StopAsync();
            await instance.DisposeAsync();
        }

        await graph.DisposeAsync();
        await database.DisposeAsync();
    }

    private int Posts => graph.Requests.Count(r => r.Method == "POST" && r.PathAndQuery == "/v1.0/subscriptions");

    private int Patches => graph.Requests.Count(r => r.Method == "PATCH");

    private async Task<WebApplication> StartInstanceAsync(Uri? publicAddress)
    {
        // Behind one public address, as in Azure: Graph validates and notifies whichever instance it reaches.
        var app = GraphHostFixture.Build(graph, notificationBase: publicAddress, extra: [.. database.Environment.Select(e => $"--{e.Key.Replace("__", ":", StringComparison.Ordinal)}={e.Value}")]);
        instances.Add(app);
        await app.StartAsync();
        return app;
    }

    private async Task<List<ScheduledJobRow>> RenewalJobsAsync()
    {
        await using var db = database.Factory.CreateDbContext();
        return await db.Set<ScheduledJobRow>().AsNoTracking().Where(j => j.Kind == JobKind.RenewSubscription).ToListAsync();
    }

    [Fact]
    public async Task Runner_TwoInstancesRenewalDue_OneRequestReachesGraphPerJob()
    {
        var first = await StartInstanceAsync(null);
        await StartInstanceAsync(new Uri(first.Urls.First()));
        await GraphHostFixture.WaitUntil(async () => (await RenewalJobsAsync()).Any(j => j.State == JobState.Done));
        Assert.Equal((1, 0), (Posts, Patches));

        // Renewals due now, each claimable by both instances.
        var now = TimeProvider.System.GetUtcNow();
        string[] keys = ["due-1", "due-2", "due-3"];
        await first.Services.GetRequiredService<JobStore>().PlanAsync(keys.Select(k => new PlannedJob(JobKind.RenewSubscription, k, now)), CancellationToken.None);
        await GraphHostFixture.WaitUntil(async () => (await RenewalJobsAsync()).Count(j => keys.Contains(j.MeetingKey) && j.State == JobState.Done) == keys.Length);

        Assert.Equal((1, keys.Length), (Posts, Patches));
        Assert.All((await RenewalJobsAsync()).Where(j => keys.Contains(j.MeetingKey)), j => Assert.Equal(1, j.Attempts));
        Assert.Single(graph.Subscriptions.Active);
    }
}
