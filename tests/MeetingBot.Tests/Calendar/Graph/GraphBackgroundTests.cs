using MeetingBot.Calendar.Graph;
using MeetingBot.Core.Scheduling;
using MeetingBot.Meetings;
using MeetingBot.Scheduling;
using MeetingBot.Storage;
using MeetingBot.Tests.Storage;
using MeetingBot.Tests.Calendar.Graph.Fake;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.Calendar.Graph;

/// <summary>The periodic re-read where Graph cannot call us, and start-up checks of the Graph settings.</summary>
public sealed class GraphBackgroundTests : IAsyncLifetime
{
    private FakeGraphServer graph = null!;

    public async Task InitializeAsync() => graph = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await graph.DisposeAsync();

    [Fact]
    public async Task RsvpRefresh_NoPublicEndpoint_ReReadsEveryInterval()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await using var database = new SqliteTestDatabase();
        await database.CreateAsync();
        await new StorageMigrator(database.Factory).MigrateAsync(CancellationToken.None);
        var outlook = new OutlookReplies(database.Factory, new AttendanceService(database.Factory, new SqliteWriteGate()), NullLogger<OutlookReplies>.Instance);
        var options = Options.Create(new GraphCalendarOptions { ReReadInterval = TimeSpan.FromHours(4) });
        using var service = new RsvpRefreshService(new GraphSeriesCalendar(graph.CreateClient(), Series2026.Mailbox, time),
            new RsvpRefreshSignal(), outlook, options, time, NullLogger<RsvpRefreshService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await GraphHostFixture.WaitUntil(() => GraphHostFixture.SeriesReads(graph) == 1);
        // The next wait starts once the read is stored, which takes real time: advance until the timer has fired.
        await GraphHostFixture.WaitUntil(() =>
        {
            time.Advance(TimeSpan.FromHours(4));
            return GraphHostFixture.SeriesReads(graph) >= 2;
        });
        await service.StopAsync(CancellationToken.None);

        Assert.All(graph.Requests, r => Assert.Contains("kommundirektorsmote-2026", Uri.UnescapeDataString(r.PathAndQuery), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_TenantWithoutMailbox_FailsNamingTheKey()
    {
        await using var app = Hosting.MeetingBotHost.Build(["--urls", "http://127.0.0.1:0", "--Calendar:Graph:TenantId=t", "--Calendar:Graph:ClientId=c", "--Calendar:Graph:ClientSecret=s"]);

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());

        Assert.Contains("Calendar:Graph:OrganizerMailbox", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_TenantWithoutAgendaAddress_FailsNamingTheKey()
    {
        await using var app = Hosting.MeetingBotHost.Build(["--urls", "http://127.0.0.1:0", "--Calendar:Graph:TenantId=t", "--Calendar:Graph:ClientId=c",
            "--Calendar:Graph:ClientSecret=s", $"--Calendar:Graph:OrganizerMailbox={Series2026.Mailbox}"]);

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());

        Assert.Contains("Calendar:AgendaBaseUrl", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_RenewalIntervalLeavesNoRoomBeforeExpiry_FailsNamingTheKey()
    {
        // 2.5 days: inside Graph's 4,200 requested minutes, but a failed renewal's retries would let the subscription lapse.
        await using var app = GraphHostFixture.Build(graph, extra: ["--Scheduling:SubscriptionRenewalInterval=2.12:00:00"]);

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());

        Assert.Contains("Scheduling:SubscriptionRenewalInterval", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NoPublicEndpoint_NoSubscriptionJobAndNoSubscription()
    {
        await using var app = GraphHostFixture.Build(graph, notifications: false);
        await app.StartAsync();
        await GraphHostFixture.WaitUntil(() => GraphHostFixture.SeriesReads(graph) >= 1);

        Assert.False(app.Services.GetRequiredService<ScheduledJobHandlers>().Handles(JobKind.RenewSubscription));
        Assert.DoesNotContain(graph.Requests, r => r.PathAndQuery.StartsWith("/v1.0/subscriptions", StringComparison.Ordinal));
        await app.StopAsync();
    }
}
