using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Hosting;

namespace MeetingBot.Tests;

public sealed class ReadinessEndpointTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("meetingbot-readyz-").FullName;

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);

    private async Task<(HttpStatusCode Status, JsonNode Body)> GetReadyzAsync(params string[] extraArgs)
    {
        await using var app = MeetingBotHost.Build(["--urls", "http://127.0.0.1:0", $"--Storage:DataDirectory={dataDirectory}", .. extraArgs]);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        await app.StopAsync();
        return (response.StatusCode, body);
    }

    [Fact]
    public async Task Readyz_MigratedDatabaseAndDevelopmentIssuer_Answers200WithEveryCheckOk()
    {
        var (status, body) = await GetReadyzAsync("--environment", "Development");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ready", (string?)body["status"]);
        Assert.Equal("ok", (string?)body["checks"]!["database"]);
        Assert.Equal("ok", (string?)body["checks"]!["migrations"]);
        Assert.Equal("ok", (string?)body["checks"]!["openIdMetadata"]);
    }

    [Fact]
    public async Task Readyz_OpenIdMetadataUnreachable_Answers503NamingTheCheck()
    {
        var (status, body) = await GetReadyzAsync("--environment", "Development", "--Bot:OpenIdMetadataUrl=http://127.0.0.1:9/.well-known/openidconfiguration");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unready", (string?)body["status"]);
        Assert.Equal("ok", (string?)body["checks"]!["database"]);
        Assert.StartsWith("OpenID metadata not available from http://127.0.0.1:9/", (string?)body["checks"]!["openIdMetadata"], StringComparison.Ordinal);
    }
}
