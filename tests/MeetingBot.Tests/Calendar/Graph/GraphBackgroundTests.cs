using MeetingBot.Calendar.Graph;
using MeetingBot.Tests.Calendar.Graph.Fake;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.Calendar.Graph;

/// <summary>The timers: subscription renewal before expiry, and the periodic re-read where Graph cannot call us.</summary>
public sealed class GraphBackgroundTests : IAsyncLifetime
{
    private FakeGraphServer graph = null!;

    public async Task InitializeAsync() => graph = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await graph.DisposeAsync();

    [Fact]
    public async Task Subscription_DayBeforeExpiry_Renewed()
    {
        // The running app answers Graph's handshake; the service under test runs on a fake clock.
        await using var app = GraphHostFixture.Build(graph);
        await app.StartAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        var options = Options.Create(new GraphCalendarOptions
        {
            OrganizerMailbox = Series2026.Mailbox,
            NotificationBaseUrl = new Uri(app.Urls.First()),
            ClientState = GraphHostFixture.ClientState,
        });
        using var service = new GraphSubscriptionService(graph.CreateClient(), options, new GraphLifecycleQueue(),
            new RsvpRefreshSignal(), lifetime, time, NullLogger<GraphSubscriptionService>.Instance);
        await service.StartAsync(CancellationToken.None);
        lifetime.NotifyStarted();
        await GraphHostFixture.WaitUntil(() => graph.Subscriptions.Active.Count == 2);

        time.Advance(GraphSubscriptionService.Lifetime - GraphSubscriptionService.RenewBefore - TimeSpan.FromMinutes(1));
        await Task.Delay(200);
        Assert.Equal(0, graph.Subscriptions.Renewals);
        time.Advance(TimeSpan.FromMinutes(1));

        await GraphHostFixture.WaitUntil(() => graph.Subscriptions.Renewals == 1);
        await service.StopAsync(CancellationToken.None);
        await app.StopAsync();
    }

    [Fact]
    public async Task RsvpRefresh_NoPublicEndpoint_ReReadsEveryInterval()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var snapshot = new RsvpSnapshot();
        var options = Options.Create(new GraphCalendarOptions { ReReadInterval = TimeSpan.FromHours(4) });
        using var service = new RsvpRefreshService(new GraphSeriesCalendar(graph.CreateClient(), Series2026.Mailbox, time),
            new RsvpRefreshSignal(), snapshot, options, time, NullLogger<RsvpRefreshService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await GraphHostFixture.WaitUntil(() => snapshot.Reads == 1);
        time.Advance(TimeSpan.FromHours(4));
        await GraphHostFixture.WaitUntil(() => snapshot.Reads == 2);
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
}
