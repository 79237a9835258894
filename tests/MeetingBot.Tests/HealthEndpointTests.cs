using System.Net;
using MeetingBot.Hosting;

namespace MeetingBot.Tests;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_RunningHost_Answers200()
    {
        await using var app = MeetingBotHost.Build(["--urls", "http://127.0.0.1:0"]);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await app.StopAsync();
    }
}
