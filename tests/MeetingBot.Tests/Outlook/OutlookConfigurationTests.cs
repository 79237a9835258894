using System.Net;
using MeetingBot.Hosting;
using MeetingBot.Outlook;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.Outlook;

public sealed class OutlookConfigurationTests
{
    [Fact]
    public async Task Start_HalfConfiguredOutlook_FailsNamingTheMissingKeys()
    {
        var data = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N"), "data");

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var app = MeetingBotHost.Build(["--urls", "http://127.0.0.1:0", $"--Storage:DataDirectory={data}", "--Outlook:TenantId=0d9c1e2f-0000-4000-8000-000000000001"]);
            await app.StartAsync();
        });

        Assert.Contains("Outlook:ClientId", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Outlook:ApplicationIdUri", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_WithoutOutlookConfiguration_ServesThePageButNeitherApiNorDevelopmentToken()
    {
        var data = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N"), "data");
        await using var app = MeetingBotHost.Build(["--urls", "http://127.0.0.1:0", $"--Storage:DataDirectory={data}"]);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var page = await client.GetAsync(new Uri("/outlook/taskpane.html", UriKind.Relative));
        using var api = await client.GetAsync(new Uri($"{OutlookApi.MeetingRoute}?date=2026-01-23", UriKind.Relative));
        using var token = await client.PostAsync(new Uri($"{OutlookRegistration.DevelopmentTokenRoute}?oid=x", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(data)!, recursive: true);
    }
}
