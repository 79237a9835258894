using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Tests.TestSupport;
using Microsoft.IdentityModel.JsonWebTokens;

namespace MeetingBot.BotFramework.Tests.Hosting;

public sealed class EndToEndTests
{
    [Fact]
    public async Task Post_SignedHej_PostsGreetingReplyToTheServiceUrl()
    {
        await using var issuer = await TestIssuer.StartAsync();
        var key = issuer.AddBotFrameworkKey();
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await TestBot.StartAsync(issuer);
        var activity = Payloads.Activity("f1-personal-message", connector.ServiceUrl);
        activity["text"] = "hej";

        var response = await bot.PostAsync(activity, TestTokens.Create(key, connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await connector.FirstRequest.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var conversationId = (string)activity["conversation"]!["id"]!;
        Assert.Equal("POST", reply.Method);
        Assert.Equal($"/amer/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{activity["id"]}", reply.PathAndQuery);
        var body = JsonNode.Parse(reply.Body)!;
        Assert.Equal("message", (string?)body["type"]);
        Assert.Equal("Hej! Jag är mötesboten.", (string?)body["text"]);
        Assert.Equal((string?)activity["id"], (string?)body["replyToId"]);
        Assert.Equal(conversationId, (string?)body["conversation"]!["id"]);
        Assert.Equal("28:c9e8c047-2a74-40a2-b28a-b162d5f5327c", (string?)body["from"]!["id"]);
        // In Development without a credential the reply carries a development-issuer token for the Connector audience.
        var token = new JsonWebToken(reply.Authorization["Bearer ".Length..]);
        Assert.Contains("https://api.botframework.com", token.Audiences);
    }
}
