using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Hosting;
using MeetingBot.BotFramework.Tests.TestSupport;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.BotFramework.Tests.Hosting;

/// <summary>
/// <c>/dev/emulator/api/messages</c>: Agents Playground's tokenless activities reach the bot through the
/// real token check, in Development, from this machine, for replies to this machine only.
/// </summary>
public sealed class EmulatorMessagesEndpointTests
{
    private static async Task<HttpResponseMessage> PostToEmulatorRouteAsync(TestBot bot, JsonObject activity, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, EmulatorMessagesEndpoint.Route)
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await bot.Client.SendAsync(request);
    }

    [Fact]
    public async Task Post_DevelopmentActivityWithoutToken_ReachesTheBotAndItsReplyGoesToTheEmulator()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await TestBot.StartAsync([]);

        var activity = Payloads.Activity("f1-personal-message", connector.ServiceUrl);
        activity["text"] = "hej";

        var response = await PostToEmulatorRouteAsync(bot, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await bot.Handler.FirstBackground.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var reply = await connector.FirstRequest.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("Hej! Jag är mötesboten.", (string?)JsonNode.Parse(reply.Body)!["text"]);
    }

    [Fact]
    public async Task Post_SameActivityToApiMessagesWithoutToken_StillReturns401()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await TestBot.StartAsync([]);

        var response = await bot.PostAsync(Payloads.Activity("f1-personal-message", connector.ServiceUrl), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_ServiceUrlOffThisMachine_Returns400AndMintsNothing()
    {
        await using var bot = await TestBot.StartAsync([]);

        // The bot's outbound token would follow the serviceUrl: the emulator route never sends it off the machine.
        var response = await PostToEmulatorRouteAsync(bot, Payloads.Activity("f1-personal-message", "https://smba.trafficmanager.net/amer/"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Handler.Calls);
    }

    [Fact]
    public async Task Post_ForgedTokenToEmulatorRoute_IsReplacedNotTrusted()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await TestBot.StartAsync([]);

        var response = await PostToEmulatorRouteAsync(bot, Payloads.Activity("f1-personal-message", connector.ServiceUrl), "Bearer not-a-token");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_CallerNotOnThisMachine_Returns403()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await TestBot.StartAsync([]);
        var body = Encoding.UTF8.GetBytes(Payloads.Activity("f1-personal-message", connector.ServiceUrl).ToJsonString());
        var context = new DefaultHttpContext { RequestServices = bot.App.Services };
        context.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.10");
        context.Request.Method = "POST";
        context.Request.Path = EmulatorMessagesEndpoint.Route;
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = body.Length;
        context.Request.Body = new MemoryStream(body);

        await bot.Service<EmulatorMessagesEndpoint>().HandleAsync(context);

        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
        Assert.Empty(bot.Handler.Calls);
    }

    [Fact]
    public async Task Post_Production_Returns404()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await TestBot.StartAsync(
            new Dictionary<string, string?> { ["Bot:AppId"] = TestTokens.AppId, ["Bot:TenantId"] = TestTokens.TenantId, ["Bot:ClientSecret"] = "production-secret" },
            environment: "Production");

        var response = await PostToEmulatorRouteAsync(bot, Payloads.Activity("f1-personal-message", connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
