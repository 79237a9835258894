using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Authentication;
using MeetingBot.BotFramework.Hosting;
using MeetingBot.BotFramework.Tests.TestSupport;

namespace MeetingBot.BotFramework.Tests.Authentication;

/// <summary>Development with no Bot configuration: the host is its own issuer, validated by the production code path.</summary>
public sealed class DevelopmentIssuerTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    [Fact]
    public async Task Post_TokenFromDevelopmentIssuer_Returns200()
    {
        await using var bot = await TestBot.StartAsync([]);
        var token = bot.Service<DevelopmentIssuer>().CreateToken(BotOptions.DevelopmentAppId, ServiceUrl);

        var response = await bot.PostAsync(Payloads.Activity("f1-personal-message", ServiceUrl), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_TokenFromAnotherDevelopmentIssuerInstance_Returns401()
    {
        await using var bot = await TestBot.StartAsync([]);
        using var stranger = new DevelopmentIssuer(TimeProvider.System);

        var response = await bot.PostAsync(Payloads.Activity("f1-personal-message", ServiceUrl), stranger.CreateToken(BotOptions.DevelopmentAppId, ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_NoToken_Returns401EvenInDevelopment()
    {
        await using var bot = await TestBot.StartAsync([]);

        var response = await bot.PostAsync(Payloads.Activity("f1-personal-message", ServiceUrl), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task DevToken_LocalClient_GetsATokenTheBotAccepts()
    {
        await using var bot = await TestBot.StartAsync([]);

        var issued = await bot.Client.PostAsync(new Uri($"/dev/token?serviceUrl={Uri.EscapeDataString(ServiceUrl)}", UriKind.Relative), null);
        var token = (string)(await issued.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!;

        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(Payloads.Activity("f1-personal-message", ServiceUrl), token)).StatusCode);
    }

    [Theory]
    [InlineData("Host", "evil.example")]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("X-Forwarded-Host", "meetingbot.example")]
    [InlineData("Forwarded", "for=203.0.113.7")]
    public async Task DevToken_RequestNotDirectlyFromThisMachine_Returns403(string header, string value)
    {
        await using var bot = await TestBot.StartAsync([]);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/dev/token?serviceUrl={Uri.EscapeDataString(ServiceUrl)}", UriKind.Relative));
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("access_token", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jwks_Development_PublishesOneEndorsedKey()
    {
        await using var bot = await TestBot.StartAsync([]);

        var jwks = JsonNode.Parse(await bot.Client.GetStringAsync(new Uri(DevelopmentIssuer.JwksPath, UriKind.Relative)))!;

        var key = Assert.Single(jwks["keys"]!.AsArray())!;
        Assert.Equal("msteams", (string?)key["endorsements"]![0]);
        Assert.Null(key["d"]);
    }

    [Fact]
    public async Task Endpoints_ProductionWithoutBotSection_MapsNothing()
    {
        await using var bot = await TestBot.StartAsync([], environment: "Production");

        Assert.Equal(HttpStatusCode.NotFound, (await bot.PostRawAsync("{}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bot.Client.GetAsync(new Uri(DevelopmentIssuer.JwksPath, UriKind.Relative))).StatusCode);
    }
}
