using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Authentication;
using MeetingBot.Playground;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Playground;

/// <summary>The local Bot Connector's REST shapes and its bearer-token check, over real HTTP.</summary>
public sealed class LocalConnectorTests(PlaygroundHost host) : IClassFixture<PlaygroundHost>
{
    [Fact]
    public async Task Activities_NoBearerToken_Answers401WithConnectorErrorBody()
    {
        using var client = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };

        var response = await client.PostAsJsonAsync("/playground/connector/v3/conversations/a%3Ax/activities", new JsonObject { ["type"] = "message" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("BotNotRegistered", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]);
    }

    [Fact]
    public async Task Activities_TokenForTheBotNotTheConnector_Answers401()
    {
        var issuer = host.App.Services.GetRequiredService<DevelopmentIssuer>();
        using var client = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", issuer.CreateToken(MeetingBot.BotFramework.Hosting.BotOptions.DevelopmentAppId, serviceUrl: null));

        var response = await client.PostAsJsonAsync("/playground/connector/v3/conversations/a%3Ax/activities", new JsonObject { ["type"] = "message" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task CreateConversationAndPagedMembers_SampleMember_ReturnsPersonalChatAndTeamsAccounts()
    {
        using var client = BotClient();
        var members = await client.GetFromJsonAsync<JsonObject>($"/playground/connector/v3/conversations/{Uri.EscapeDataString(PlaygroundTeam.ChannelId)}/pagedmembers?pageSize=50");
        var kristina = members!["members"]!.AsArray().Single(m => (string?)m!["name"] == "Kristina Magnusson")!;
        Assert.Equal("kristina.magnusson@exempel.invalid", (string?)kristina["email"]);
        Assert.Equal((string?)kristina["email"], (string?)kristina["userPrincipalName"]);
        Assert.True(Guid.TryParse((string?)kristina["aadObjectId"], out _));
        Assert.Null(members["continuationToken"]);

        var created = await client.PostAsJsonAsync("/playground/connector/v3/conversations", new JsonObject
        {
            ["isGroup"] = false,
            ["members"] = new JsonArray(new JsonObject { ["id"] = (string?)kristina["aadObjectId"] }),
            ["tenantId"] = PlaygroundTeam.TenantId,
        });

        created.EnsureSuccessStatusCode();
        Assert.Equal(PlaygroundTeam.PersonalConversationId((string)kristina["aadObjectId"]!), (string?)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]);
    }

    [Fact]
    public async Task UpdateActivity_UnknownActivity_Answers404ActivityNotFound()
    {
        using var client = BotClient();

        var response = await client.PutAsJsonAsync("/playground/connector/v3/conversations/a%3Ax/activities/404", new JsonObject { ["type"] = "message" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ActivityNotFoundInConversation", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]);
    }

    private HttpClient BotClient()
    {
        var issuer = host.App.Services.GetRequiredService<DevelopmentIssuer>();
        var client = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", issuer.CreateToken(DevelopmentIssuer.ConnectorAudience, serviceUrl: null));
        return client;
    }
}
