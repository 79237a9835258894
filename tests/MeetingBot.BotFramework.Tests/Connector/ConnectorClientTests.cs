using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.BotFramework.Tests.Connector;

/// <summary>The Connector client against a local recording server scripted with Teams' status codes.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string ConversationId = "19:6848757105754c8981c67612732d9aa7@thread.tacv2;messageid=1759881511856";
    private const string Tenant = "50612dbb-0237-4969-b378-8d42590f9c00";
    private readonly RecordingTimeProvider time = new();
    private readonly CountingCredential credential = new();
    private readonly ConnectorRateLimiter rateLimiter = new(TimeProvider.System);
    private FakeConnector connector = null!;
    private HttpClient http = null!;
    private ConnectorClient client = null!;

    private ConversationAddress Address => new(connector.ServiceUrl, ConversationId, Tenant);

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        http = new HttpClient();
        client = new ConnectorClient(http, new ConnectorTokenProvider(credential, TimeProvider.System), new ServiceUrlTrust(allowLoopback: true), rateLimiter, time, NullLogger<ConnectorClient>.Instance);
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await connector.DisposeAsync();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var tries = 0; !condition() && tries < 200; tries++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition());
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    [Fact]
    public async Task ReplyAsync_ChannelThread_PostsToEscapedActivityPathWithBearerToken()
    {
        var result = await client.ReplyAsync(Address, "1759944781430", Message("Hej"), CancellationToken.None);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/amer/v3/conversations/19%3A6848757105754c8981c67612732d9aa7%40thread.tacv2%3Bmessageid%3D1759881511856/activities/1759944781430", request.PathAndQuery);
        Assert.Equal("Bearer token-1", request.Authorization);
        Assert.Equal("1759944781430", (string?)JsonNode.Parse(request.Body)!["replyToId"]);
        Assert.Equal(ConnectorTokenProvider.Scope, credential.LastScope);
        Assert.Equal("1:reply", result);
    }

    [Fact]
    public async Task SendAsync_OmitsNullFieldsInCamelCase()
    {
        await client.SendAsync(Address, Message("Hej"), CancellationToken.None);

        var body = JsonNode.Parse(Assert.Single(connector.Requests).Body)!.AsObject();
        Assert.Equal(["type", "text"], body.Select(p => p.Key));
    }

    [Fact]
    public async Task UpdateAsync_PutsActivity()
    {
        await client.UpdateAsync(Address, "1:abc", Message("This message has been updated"), CancellationToken.None);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.EndsWith("/activities/1%3Aabc", request.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatePersonalConversationAsync_SendsF8ShapeAndReturnsConversationId()
    {
        connector.Enqueue(201, Payloads.Read("f8-create-conversation-response"));

        var result = await client.CreatePersonalConversationAsync(connector.ServiceUrl, "28:bot", "7faf8ab2-3d56-4244-b585-20c8a42ed2b8", Tenant, CancellationToken.None);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("/amer/v3/conversations", request.PathAndQuery);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("28:bot", (string?)body["bot"]!["id"]);
        Assert.Equal("7faf8ab2-3d56-4244-b585-20c8a42ed2b8", (string?)body["members"]![0]!["id"]);
        Assert.Equal(Tenant, (string?)body["channelData"]!["tenant"]!["id"]);
        Assert.StartsWith("a:1qhNLqpUtmuI6U35gzjsJn7uRnCkW8NiZALHfN8AMxdb", result!.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateAsync_202WithoutBody_Succeeds()
    {
        connector.Enqueue(202);

        Assert.Null(await client.UpdateAsync(Address, "1:abc", Message("Ny version"), CancellationToken.None));
    }

    [Fact]
    public async Task CreatePersonalConversationAsync_202WithoutBody_ReturnsNull()
    {
        connector.Enqueue(202, "");

        Assert.Null(await client.CreatePersonalConversationAsync(connector.ServiceUrl, "28:bot", "7faf8ab2-3d56-4244-b585-20c8a42ed2b8", Tenant, CancellationToken.None));
    }

    [Fact]
    public async Task GetMembersAsync_FollowsContinuationTokens()
    {
        connector.Enqueue(200, """{"continuationToken":"page 2","members":[{"id":"29:a","aadObjectId":"a1"}]}""");
        connector.Enqueue(200, """{"members":[{"id":"29:b","aadObjectId":"b1","userPrincipalName":"b@helsingborg.se"}]}""");

        var members = await client.GetMembersAsync(Address, pageSize: 10).ToListAsync();

        Assert.Equal(["29:a", "29:b"], members.Select(m => m.Id));
        var requests = connector.Requests.ToArray();
        Assert.EndsWith("/pagedmembers?pageSize=50", requests[0].PathAndQuery, StringComparison.Ordinal);
        Assert.EndsWith("/pagedmembers?pageSize=50&continuationToken=page%202", requests[1].PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_SevenPostsAwaitingAnswers_HoldTheEighthUntilASecondAfterTheyAreAnswered()
    {
        var limiterTime = new FakeTimeProvider();
        var paced = new ConnectorClient(http, new ConnectorTokenProvider(credential, TimeProvider.System), new ServiceUrlTrust(allowLoopback: true),
            new ConnectorRateLimiter(limiterTime), time, NullLogger<ConnectorClient>.Instance);
        connector.HoldAnswers = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = Enumerable.Range(0, 7).Select(_ => paced.SendAsync(Address, Message("Hej"), CancellationToken.None)).ToList();
        await WaitUntilAsync(() => connector.Requests.Count == 7);

        var eighth = paced.SendAsync(Address, Message("Hej"), CancellationToken.None);
        limiterTime.Advance(TimeSpan.FromSeconds(10));
        await Task.Delay(200);
        var sentWhileUnanswered = connector.Requests.Count;
        connector.HoldAnswers.SetResult();
        await Task.WhenAll(first);
        await limiterTime.AdvanceUntilDoneAsync(eighth);

        // Teams may have counted the seven when their answers left, not when they were sent.
        Assert.Equal(7, sentWhileUnanswered);
        Assert.Equal(8, connector.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfter_WaitsThatLongAndRetries()
    {
        connector.Enqueue(429, """{"error":{"code":"Throttled","message":"slow down"}}""", ("Retry-After", "3"));

        var result = await client.SendAsync(Address, Message("Hej"), CancellationToken.None);

        Assert.Equal("1:reply", result);
        Assert.Equal(2, connector.Requests.Count);
        Assert.Contains(TimeSpan.FromSeconds(3), time.Delays);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(503)]
    public async Task SendAsync_RetryableStatus_RetriesWithBackoff(int status)
    {
        connector.Enqueue(status);
        connector.Enqueue(status);

        await client.SendAsync(Address, Message("Hej"), CancellationToken.None);

        Assert.Equal(3, connector.Requests.Count);
        Assert.All(time.Delays, d => Assert.InRange(d, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(8)));
    }

    [Theory]
    [InlineData(502)]
    [InlineData(504)]
    public async Task SendAsync_AmbiguousGatewayError_IsNotRetriedBecauseAPostMayHaveLanded(int status)
    {
        connector.Enqueue(status);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync(Address, Message("Hej"), CancellationToken.None));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task UpdateAsync_GatewayError_IsRetriedBecausePutIsIdempotent()
    {
        connector.Enqueue(502);

        await client.UpdateAsync(Address, "1:abc", Message("x"), CancellationToken.None);

        Assert.Equal(2, connector.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_BotNotInConversationRoster_FailsAtOnceAsRemoved()
    {
        connector.Enqueue(403, """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""", ("X-Correlating-OperationId", "op-1"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync(Address, Message("Hej"), CancellationToken.None));

        Assert.True(error.IsBotRemovedFromConversation);
        Assert.Equal("BotNotInConversationRoster", error.ErrorCode);
        Assert.Equal("op-1", error.CorrelationId);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task SendAsync_RetryAfterBeyondBudget_GivesUpWithoutWaiting()
    {
        connector.Enqueue(429, null, ("Retry-After", "3600"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync(Address, Message("Hej"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Empty(time.Delays);
    }

    [Fact]
    public async Task SendAsync_PersistentThrottling_StopsAfterMaxAttempts()
    {
        for (var i = 0; i < 10; i++)
        {
            connector.Enqueue(429, null, ("Retry-After", "1"));
        }

        await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync(Address, Message("Hej"), CancellationToken.None));

        Assert.Equal(4, connector.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_UntrustedServiceUrl_RefusesWithoutSendingTheToken()
    {
        var address = new ConversationAddress("https://evil.example/amer/", ConversationId, Tenant);

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync(address, Message("Hej"), CancellationToken.None));

        Assert.Equal(0, credential.Calls);
    }

    [Fact]
    public async Task SendAsync_TwoCalls_ReuseOneCachedToken()
    {
        await client.SendAsync(Address, Message("1"), CancellationToken.None);
        await client.SendAsync(Address, Message("2"), CancellationToken.None);

        Assert.Equal(1, credential.Calls);
        Assert.All(connector.Requests, r => Assert.Equal("Bearer token-1", r.Authorization));
    }
}
