using System.Net;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Diagnostics;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Tests.TestSupport;
using MeetingBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace MeetingBot.BotFramework.Tests.Diagnostics;

/// <summary>
/// The library's instruments as an operator reads them: activities by type, refusals by a bounded
/// reason (never a key id or a message), invoke latency by name and status, Connector attempts and retries.
/// </summary>
[Collection(nameof(MetricsCollection))]
public sealed class BotFrameworkTelemetryTests : IAsyncLifetime
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private SignedBot signed = null!;

    private TestKey key => signed.Key;

    private TestBot bot => signed.Bot;

    public async Task InitializeAsync() => signed = await SignedBot.StartAsync(TestTokens.AllowFixtureTenants);

    public async Task DisposeAsync() => await signed.DisposeAsync();

    [Fact]
    public async Task Endpoint_MessageAndInvoke_CountedByTypeAndInvokeTimedByNameAndStatus()
    {
        using var recorder = new MetricRecorder(BotFrameworkTelemetry.Name);

        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(Payloads.Activity("f1-personal-message", ServiceUrl), TestTokens.Create(key, ServiceUrl))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(Payloads.Activity("f3-adaptive-card-action-invoke", ServiceUrl), TestTokens.Create(key, ServiceUrl))).StatusCode);

        Assert.Equal(["invoke", "message"], recorder.Of("botframework.activities.received").Select(m => (string)m["activity.type"]!).Order());
        var invoke = Assert.Single(recorder.Of("botframework.invoke.duration"));
        Assert.Equal("adaptiveCard/action", invoke["invoke.name"]);
        Assert.Equal(200, invoke["http.response.status_code"]);
        Assert.InRange(invoke.Value, 0, 60);
    }

    [Fact]
    public async Task Endpoint_RefusedTokens_CountedByReasonWithoutKeyIdsOrTokenText()
    {
        using var recorder = new MetricRecorder(BotFrameworkTelemetry.Name);
        using var unpublished = new TestKey(kid: "kid-never-published-7731");
        var expired = TestTokens.Create(key, ServiceUrl, notBefore: DateTime.UtcNow.AddHours(-3), expires: DateTime.UtcNow.AddHours(-2));

        Assert.Equal(HttpStatusCode.Unauthorized, (await bot.PostAsync(Payloads.Activity("f1-personal-message", ServiceUrl), token: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bot.PostAsync(Payloads.Activity("f1-personal-message", ServiceUrl), TestTokens.Create(unpublished, ServiceUrl))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bot.PostAsync(Payloads.Activity("f1-personal-message", ServiceUrl), expired)).StatusCode);

        Assert.Equal(
            ["SecurityTokenInvalidLifetimeException", "missing Authorization header", "unknown signing key"],
            recorder.Of("botframework.authentication.failures").Select(m => (string)m["reason"]!).Order(StringComparer.Ordinal));
        Assert.Empty(recorder.Of("botframework.activities.received"));
    }

    [Fact]
    public async Task Connector_ThrottledThenAccepted_CountsBothAttemptsAndTheRetry()
    {
        await using var connector = await FakeConnector.StartAsync();
        var limiter = new ConnectorRateLimiter(TimeProvider.System);
        using var http = new HttpClient();
        var client = new ConnectorClient(http, new ConnectorTokenProvider(new CountingCredential(), TimeProvider.System), new ServiceUrlTrust(allowLoopback: true), limiter, new RecordingTimeProvider(), NullLogger<ConnectorClient>.Instance);
        connector.Enqueue(429, """{"error":{"code":"Throttled","message":"slow down"}}""", ("Retry-After", "1"));
        using var recorder = new MetricRecorder(BotFrameworkTelemetry.Name);

        await client.SendAsync(new ConversationAddress(connector.ServiceUrl, "a:1personal", TestTokens.TenantId), new Activity { Type = ActivityTypes.Message, Text = "Hej" }, CancellationToken.None);

        Assert.Equal([("POST", 429), ("POST", 200)], recorder.Of("botframework.connector.calls").Select(m => ((string)m["http.request.method"]!, (int)m["http.response.status_code"]!)));
        var retry = Assert.Single(recorder.Of("botframework.connector.retries"));
        Assert.Equal(429, retry["http.response.status_code"]);
    }
}
