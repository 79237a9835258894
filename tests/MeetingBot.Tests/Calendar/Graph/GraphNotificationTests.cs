using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.Calendar.Graph;
using MeetingBot.Calendar.Graph.Storage;
using MeetingBot.Core.Calendar;
using MeetingBot.Core.Scheduling;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using MeetingBot.Tests.Calendar.Graph.Fake;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Calendar.Graph;

/// <summary>The running app's subscription and webhook against the fake Graph, which performs the real handshake.</summary>
public sealed class GraphNotificationTests : IAsyncLifetime
{
    private FakeGraphServer graph = null!;
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        graph = await FakeGraphServer.StartAsync();
        app = GraphHostFixture.Build(graph);
        await app.StartAsync();
        client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        await GraphHostFixture.WaitUntil(async () => !graph.Subscriptions.Active.IsEmpty && GraphHostFixture.SeriesReads(graph) >= 1
            && await app.Services.GetRequiredService<GraphSubscriptionStore>().FindAsync($"/users/{Series2026.Mailbox}/events", CancellationToken.None) is not null);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        await graph.DisposeAsync();
    }

    private string SubscriptionId => graph.Subscriptions.Active.Keys.First();

    [Fact]
    public void Start_NotificationBaseUrlConfigured_SubscribedToOrganizerEventsAfterHandshake()
    {
        var subscription = Assert.Single(graph.Subscriptions.Active).Value;

        Assert.Equal($"/users/{Series2026.Mailbox}/events", subscription["resource"]!.GetValue<string>());
        Assert.Equal("created,updated,deleted", subscription["changeType"]!.GetValue<string>());
        Assert.Equal(GraphHostFixture.ClientState, subscription["clientState"]!.GetValue<string>());
        Assert.EndsWith("/graph/lifecycle", subscription["lifecycleNotificationUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(graph.Violations);
    }

    [Fact]
    public async Task Notifications_ValidationToken_EchoedAsPlainTextDecoded()
    {
        using var response = await client.PostAsync(new Uri("/graph/notifications?validationToken=Validation%3A%20Testing%20client", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Validation: Testing client", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/graph/notifications")]
    [InlineData("/graph/lifecycle")]
    public async Task ValidationToken_Echoed_WithNosniffSoNoBrowserReadsItAsHtml(string path)
    {
        using var response = await client.PostAsync(new Uri(path + "?validationToken=%3Cscript%3Ealert(1)%3C%2Fscript%3E", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task ValidationToken_FarLongerThanGraphs_Answers400WithoutEcho()
    {
        var token = new string('A', GraphNotificationEndpoints.MaxValidationTokenLength + 1);

        using var response = await client.PostAsync(new Uri("/graph/notifications?validationToken=" + token, UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(token, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Notifications_BodyOverOneMegabyteWithOurClientState_Answers413WithoutReRead(bool declaredLength)
    {
        var body = NotificationBody(GraphHostFixture.ClientState, padding: GraphNotificationBody.MaxBodyBytes);

        using var response = await client.PostAsync(new Uri("/graph/notifications", UriKind.Relative), Content(body, declaredLength));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, app.Services.GetRequiredService<RsvpRefreshSignal>().Requests);
    }

    [Fact]
    public async Task Notifications_WrongClientStateThenMegabytesOfAnything_RejectedAs401WithoutReRead()
    {
        // Sent chunked, so its size is known only by reading; unparseable after the first notification. Answered 401,
        // not 400 or 413, because the rest is never read.
        var body = Encoding.UTF8.GetBytes(NotificationBody("forged", padding: 0).TrimEnd('}', ']') + "," + new string('x', 2 * GraphNotificationBody.MaxBodyBytes));

        using var response = await client.PostAsync(new Uri("/graph/lifecycle", UriKind.Relative), new StreamContent(new NonSeekable(body)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, app.Services.GetRequiredService<RsvpRefreshSignal>().Requests);
    }

    [Fact]
    public async Task Notifications_SecondNotificationForged_OnlyTheAuthenticOneCounts()
    {
        JsonObject Notification(string clientState, string id) => new()
        {
            ["subscriptionId"] = SubscriptionId,
            ["clientState"] = clientState,
            ["changeType"] = "updated",
            ["resourceData"] = new JsonObject { ["id"] = id, ["@odata.etag"] = "W/\"1\"" },
        };
        var body = new JsonObject { ["value"] = new JsonArray(Notification(GraphHostFixture.ClientState, "AAMkA-1"), Notification("forged", "AAMkA-2")) }.ToJsonString();

        using var response = await client.PostAsync(new Uri("/graph/notifications", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1, app.Services.GetRequiredService<RsvpRefreshSignal>().Requests);
    }

    [Fact]
    public async Task Notifications_NotJson_Answers400()
    {
        using var response = await client.PostAsync(new Uri("/graph/notifications", UriKind.Relative), new StringContent("not json", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Notifications_ChangeInOutlook_RsvpsReReadPromptly()
    {
        var created = await new GraphSeriesCalendar(graph.CreateClient(), Series2026.Mailbox, TimeProvider.System)
            .CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);
        var april = created.Created.Single(e => e.Date == new DateOnly(2026, 4, 17));
        graph.Mailbox.Respond(april.ExternalId, "anna.andersson@helsingborg.se", "declined", new DateTimeOffset(2026, 4, 1, 7, 0, 0, TimeSpan.Zero));

        var before = GraphHostFixture.SeriesReads(graph);

        using var ack = await graph.Subscriptions.NotifyAsync(SubscriptionId, april.ExternalId, GraphHostFixture.ClientState);

        Assert.Equal(HttpStatusCode.Accepted, ack.StatusCode);
        await GraphHostFixture.WaitUntil(() => GraphHostFixture.SeriesReads(graph) > before);
    }

    [Fact]
    public async Task Notifications_SameChangeTwice_ReReadRequestedOnce()
    {
        var signal = app.Services.GetRequiredService<RsvpRefreshSignal>();

        using var first = await graph.Subscriptions.NotifyAsync(SubscriptionId, "AAMkAGI1AAAt8AHj0001AAA=", GraphHostFixture.ClientState);
        using var duplicate = await graph.Subscriptions.NotifyAsync(SubscriptionId, "AAMkAGI1AAAt8AHj0001AAA=", GraphHostFixture.ClientState);

        Assert.Equal(HttpStatusCode.Accepted, duplicate.StatusCode);
        Assert.Equal(1, signal.Requests);
        using var other = await graph.Subscriptions.NotifyAsync(SubscriptionId, "AAMkAGI1AAAt8AHj0002AAA=", GraphHostFixture.ClientState);
        Assert.Equal(2, signal.Requests);
    }

    [Fact]
    public async Task Notifications_WrongClientState_RejectedWithoutReRead()
    {
        using var response = await graph.Subscriptions.NotifyAsync(SubscriptionId, "AAMkAGI1AAAt8AHj0001AAA=", "forged");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, app.Services.GetRequiredService<RsvpRefreshSignal>().Requests);
    }

    [Fact]
    public async Task Lifecycle_ReauthorizationRequired_RenewedOnceThroughTheJobStore()
    {
        using var response = await graph.Subscriptions.LifecycleAsync(SubscriptionId, "reauthorizationRequired", GraphHostFixture.ClientState);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await GraphHostFixture.WaitUntil(async () => (await LifecycleJobsAsync()).Any(j => j.State == JobState.Done));
        var job = Assert.Single(await LifecycleJobsAsync());
        Assert.Equal((JobKind.RenewSubscription, 1), (job.Kind, job.Attempts));
        Assert.Equal(1, graph.Subscriptions.Renewals);
        Assert.Single(graph.Subscriptions.Active);
    }

    [Fact]
    public async Task Lifecycle_SubscriptionRemoved_RecreatedAndReRead()
    {
        var old = SubscriptionId;
        var reads = GraphHostFixture.SeriesReads(graph);

        using var response = await graph.Subscriptions.LifecycleAsync(old, "subscriptionRemoved", GraphHostFixture.ClientState);
        graph.Subscriptions.Active.TryRemove(old, out _);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await GraphHostFixture.WaitUntil(() => graph.Subscriptions.Active.Keys.Any(id => id != old) && GraphHostFixture.SeriesReads(graph) > reads);
    }

    [Fact]
    public async Task Lifecycle_Missed_ReReadWithoutRenewal()
    {
        var signal = app.Services.GetRequiredService<RsvpRefreshSignal>();

        using var response = await graph.Subscriptions.LifecycleAsync(SubscriptionId, "missed", GraphHostFixture.ClientState);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1, signal.Requests);
        Assert.Empty(await LifecycleJobsAsync());
    }

    /// <summary>One change notification in Graph's shape, with <paramref name="padding"/> characters in a property Graph might add.</summary>
    private string NotificationBody(string clientState, int padding) => new JsonObject
    {
        ["value"] = new JsonArray(new JsonObject
        {
            ["subscriptionId"] = SubscriptionId,
            ["clientState"] = clientState,
            ["changeType"] = "updated",
            ["resource"] = "Users/cd209b0b-3f83-4c35-82d2-d88a61820480/Events/AAMkA-big",
            ["resourceData"] = new JsonObject { ["id"] = "AAMkA-big", ["@odata.etag"] = "W/\"1\"" },
            ["tenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47",
            ["padding"] = new string('x', padding),
        }),
    }.ToJsonString();

    /// <summary>With Content-Length, or chunked so the server learns the size only by reading.</summary>
    private static HttpContent Content(string body, bool declaredLength)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        HttpContent content = declaredLength ? new ByteArrayContent(bytes) : new StreamContent(new NonSeekable(bytes));
        content.Headers.ContentType = new("application/json");
        return content;
    }

    private async Task<List<ScheduledJobRow>> LifecycleJobsAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContextAsync();
        return await db.Set<ScheduledJobRow>().AsNoTracking().Where(j => j.MeetingKey.StartsWith(SubscriptionLifecycle.KeyPrefix)).ToListAsync();
    }

    /// <summary>A body whose length HttpClient cannot know, so it is sent chunked.</summary>
    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
