using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MeetingBot.Core.Series;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Playground;

/// <summary><c>--Playground:Today</c>: the host's clock shows that date, and the tokens it signs by that clock are accepted.</summary>
public sealed class PlaygroundClockTests(JanuaryPlaygroundHost host) : IClassFixture<JanuaryPlaygroundHost>
{
    [Fact]
    public void Today_Configured_HostClockShowsThatDate()
    {
        var now = host.App.Services.GetRequiredService<TimeProvider>().GetUtcNow();

        Assert.Equal(JanuaryPlaygroundHost.Today, DateOnly.FromDateTime(StockholmTime.ToLocal(now).DateTime));
    }

    [Fact]
    public async Task Today_Configured_BotAcceptsTheDevelopmentIssuersTokens()
    {
        using var client = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        var serviceUrl = host.BaseUrl + "/playground/connector/";
        using var tokenResponse = await client.PostAsync(new Uri("/dev/token?serviceUrl=" + Uri.EscapeDataString(serviceUrl), UriKind.Relative), null);
        var token = (string)(await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["type"] = "typing",
                ["id"] = "clock-1",
                ["channelId"] = "msteams",
                ["serviceUrl"] = serviceUrl,
                ["from"] = new JsonObject { ["id"] = "29:someone" },
                ["recipient"] = new JsonObject { ["id"] = "28:bot" },
                ["conversation"] = new JsonObject { ["id"] = "a:clock" },
            }),
        };
        request.Headers.Authorization = new("Bearer", token);

        using var response = await client.SendAsync(request);

        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
