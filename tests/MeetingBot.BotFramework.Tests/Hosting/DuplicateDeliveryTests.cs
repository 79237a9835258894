using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using MeetingBot.BotFramework.Tests.TestSupport;

namespace MeetingBot.BotFramework.Tests.Hosting;

/// <summary>Teams re-delivers activities; the same (conversation, id) is handled once.</summary>
public sealed class DuplicateDeliveryTests : IAsyncLifetime
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/" + TestTokens.FixtureTenantId + "/";
    private SignedBot signed = null!;

    private TestKey key => signed.Key;

    private TestBot bot => signed.Bot;

    public async Task InitializeAsync() => signed = await SignedBot.StartAsync(TestTokens.AllowFixtureTenants);

    public async Task DisposeAsync() => await signed.DisposeAsync();

    private async Task<string> InvokeAsync(JsonObject activity) =>
        (string)JsonNode.Parse(await (await bot.PostAsync(activity, TestTokens.Create(key, ServiceUrl))).Content.ReadAsStringAsync())!["value"]!;

    [Fact]
    public async Task Post_SameInvokeTwice_SecondGetsFirstResponseWithoutRunningTheHandler()
    {
        var activity = Payloads.Activity("f3-adaptive-card-action-invoke", ServiceUrl);

        var first = await InvokeAsync(activity);
        var second = await InvokeAsync(activity);

        Assert.Equal("handled 1", first);
        Assert.Equal("handled 1", second);
        Assert.Single(bot.Handler.Calls);
    }

    [Fact]
    public async Task Post_DuplicateInvokeWhileFirstIsRunning_WaitsForAndReturnsFirstResponse()
    {
        bot.Handler.InvokeDelay = TimeSpan.FromMilliseconds(500);
        var activity = Payloads.Activity("f3-adaptive-card-action-invoke", ServiceUrl);

        var responses = await Task.WhenAll(InvokeAsync(activity), InvokeAsync(activity));

        Assert.Equal(["handled 1", "handled 1"], responses);
        Assert.Single(bot.Handler.Calls);
    }

    [Fact]
    public async Task Post_SameInvokeTwice_NotRebuildable_DuplicateNeverAsksTheHandler()
    {
        var activity = Payloads.Activity("f3-adaptive-card-action-invoke", ServiceUrl);

        await InvokeAsync(activity);
        await InvokeAsync(activity);

        Assert.DoesNotContain(bot.Handler.Calls, c => c.StartsWith("duplicate:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_SameRebuildableInvokeTwice_KeptWithoutBodyAndSecondGetsTheRebuiltAnswer()
    {
        bot.Handler.AnswersRebuildable = true;
        bot.Handler.Rebuild = () => InvokeResponse.Message("rebuilt");
        var activity = Payloads.Activity("f3-adaptive-card-action-invoke", ServiceUrl);

        var first = await InvokeAsync(activity);
        var second = await InvokeAsync(activity);

        Assert.Equal("handled 1", first);
        Assert.Equal("rebuilt", second);
        Assert.Equal(["invoke:adaptiveCard/action", "duplicate:adaptiveCard/action"], bot.Handler.Calls);
        var kept = await bot.Service<IActivityDeduplicationStore>().TryClaimAsync(
            new ActivityKey((string)activity["conversation"]!["id"]!, (string)activity["id"]!), DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);
        Assert.False(kept.IsFirst);
        Assert.Equal(200, kept.InvokeResponse!.Status);
        Assert.Null(kept.InvokeResponse.Json);
    }

    [Fact]
    public async Task Post_RebuildableInvokeDuplicate_HandlerRebuildsNothing_GetsKeptStatusWithoutBody()
    {
        bot.Handler.AnswersRebuildable = true;
        var activity = Payloads.Activity("f3-adaptive-card-action-invoke", ServiceUrl);
        await InvokeAsync(activity);

        using var second = await bot.PostAsync(activity, TestTokens.Create(key, ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Single(bot.Handler.Calls, c => c.StartsWith("invoke:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_RebuildableInvokeDuplicate_RebuildThrows_500AndNotHandledAgain()
    {
        bot.Handler.AnswersRebuildable = true;
        bot.Handler.Rebuild = () => throw new InvalidOperationException("the database is gone");
        var activity = Payloads.Activity("f3-adaptive-card-action-invoke", ServiceUrl);
        await InvokeAsync(activity);

        using var second = await bot.PostAsync(activity, TestTokens.Create(key, ServiceUrl));

        Assert.Equal(HttpStatusCode.InternalServerError, second.StatusCode);
        Assert.Single(bot.Handler.Calls, c => c.StartsWith("invoke:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_SameInvokeIdInAnotherConversation_IsHandledAgain()
    {
        var activity = Payloads.Activity("f3-adaptive-card-action-invoke", ServiceUrl);
        var other = Payloads.Activity("f3-adaptive-card-action-invoke", ServiceUrl, (string)activity["id"]!);
        other["conversation"]!["id"] = "a:another-conversation";

        Assert.Equal("handled 1", await InvokeAsync(activity));
        Assert.Equal("handled 2", await InvokeAsync(other));
    }

    [Fact]
    public async Task Post_SameMessageTwice_IsHandledOnce()
    {
        var activity = Payloads.Activity("f1-personal-message", ServiceUrl);
        activity["channelData"]!["tenant"]!["id"] = TestTokens.FixtureTenantId;
        var marker = Payloads.Activity("f1-personal-message", ServiceUrl);
        marker["channelData"]!["tenant"]!["id"] = TestTokens.FixtureTenantId;
        marker["text"] = "marker";

        await bot.PostAsync(activity, TestTokens.Create(key, ServiceUrl));
        await bot.PostAsync(activity, TestTokens.Create(key, ServiceUrl));
        await bot.PostAsync(marker, TestTokens.Create(key, ServiceUrl));
        await WaitUntilAsync(() => bot.Handler.Calls.Contains("message:marker"));

        Assert.Equal(2, bot.Handler.Calls.Count);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
