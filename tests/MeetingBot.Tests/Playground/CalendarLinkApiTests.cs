using System.Net;
using System.Net.Http.Json;
using MeetingBot.Hosting;
using Microsoft.AspNetCore.Builder;

namespace MeetingBot.Tests.Playground;

/// <summary>The playground's calendar view gets a person's tokenized feed link from a Development-only route.</summary>
public sealed class CalendarLinkApiTests : IDisposable
{
    private const string LinkOfTomas = "/playground/api/calendar/2026/link?email=tomas.rikse%40exempel.invalid";

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "meetingbot-calendar-link-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task GetLink_Development_TokenizedLinkThatServesThePersonsFile()
    {
        await using var app = await StartAsync("Development");
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var link = await client.GetFromJsonAsync<Dictionary<string, string>>(new Uri(LinkOfTomas, UriKind.Relative));
        using var feed = await client.GetAsync(new Uri(link!["url"], UriKind.Relative));

        Assert.Matches(@"^/series/2026/members/\d+/calendar\.ics\?token=[A-Za-z0-9_-]+$", link["url"]);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Contains("tomas.rikse@exempel.invalid", await feed.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GetLink_Production_NotServed()
    {
        await using var app = await StartAsync("Production");
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var response = await client.GetAsync(new Uri(LinkOfTomas, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("token=", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<WebApplication> StartAsync(string environment)
    {
        var app = MeetingBotHost.Build([
            "--urls", "http://127.0.0.1:0", "--environment", environment, $"--Storage:DataDirectory={dataDirectory}",
            "--Playground:SampleData=true", "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        return app;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
