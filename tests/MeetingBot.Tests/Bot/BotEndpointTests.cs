using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.Bot;
using MeetingBot.BotFramework.Authentication;
using MeetingBot.BotFramework.Hosting;
using MeetingBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Bot;

/// <summary>The real host, as <c>dotnet run</c> starts it: Development without configuration uses its own issuer.</summary>
public sealed class BotEndpointTests
{
    private static JsonObject PersonalMessage(string serviceUrl, string text)
    {
        var activity = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "botframework", "f1-personal-message.json")))!.AsObject();
        activity["serviceUrl"] = serviceUrl;
        activity["id"] = Guid.NewGuid().ToString("N");
        activity["text"] = text;
        return activity;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, JsonObject activity, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Post_SignedHejInDevelopment_RepliesWithSwedishGreetingAtTheServiceUrl()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var app = MeetingBotHost.Build(["--urls", "http://127.0.0.1:0", "--environment", "Development"]);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var token = app.Services.GetRequiredService<DevelopmentIssuer>().CreateToken(BotOptions.DevelopmentAppId, connector.ServiceUrl);
        var activity = PersonalMessage(connector.ServiceUrl, "hej");

        var response = await PostAsync(client, activity, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await connector.FirstRequest.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("POST", reply.Method);
        Assert.StartsWith("/emea/v3/conversations/a%3A17I0kl9EkpE1O9PH5TWrzrLNwnWWcfrU7QZjKR0WSfOpzbfcAg2IaydGElSo10tVr4C7Fc6GtieTJX663WuJCc1uA83n4CSrHSgGBj5XNYLcVlJAs2ZX8DbYBPck201w-/activities/", reply.Target, StringComparison.Ordinal);
        Assert.Equal(BotReplies.Swedish.Greeting, (string?)JsonNode.Parse(reply.Body)!["text"]);
        Assert.StartsWith("Bearer ", reply.Authorization, StringComparison.Ordinal);
        await app.StopAsync();
    }

    [Fact]
    public async Task Post_UnsignedInDevelopment_Returns401()
    {
        await using var app = MeetingBotHost.Build(["--urls", "http://127.0.0.1:0", "--environment", "Development"]);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var response = await PostAsync(client, PersonalMessage("https://smba.trafficmanager.net/emea/", "hej"), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task Post_ProductionWithoutBotSection_EndpointIsNotMapped()
    {
        await using var app = MeetingBotHost.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production"]);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var response = await PostAsync(client, PersonalMessage("https://smba.trafficmanager.net/emea/", "hej"), token: null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await app.StopAsync();
    }
}
