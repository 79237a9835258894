using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Azure.Identity;
using MeetingBot.Calendar.Graph;
using MeetingBot.Tests.Calendar.Graph.Fake;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Graph;

namespace MeetingBot.Tests.Calendar.Graph;

/// <summary>
/// Graph failing under the running host (issue 13): the RSVP re-read logs it and tries again, the host keeps
/// serving, and <c>/readyz</c> names Graph until a call succeeds.
/// </summary>
public sealed class GraphOutageTests : IAsyncLifetime
{
    private FakeGraphServer graph = null!;

    public async Task InitializeAsync() => graph = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await graph.DisposeAsync();

    [Fact]
    public async Task RsvpReread_CredentialGetsNoToken_HostKeepsServingAndReadyzNamesGraph()
    {
        // The real Azure.Identity credential, its Entra unreachable: what a host meets with a wrong authority or no network to Entra.
        var credential = new ClientSecretCredential(
            "72f988bf-86f1-41af-91ab-2d7cd011db47", "24d3b144-21ae-4080-943f-7067b395b913", "wrong-secret",
            new ClientSecretCredentialOptions { AuthorityHost = new Uri($"https://127.0.0.1:{ClosedPort()}/"), Retry = { MaxRetries = 0 } });
        await using var app = GraphHostFixture.Build(graph, notifications: false, services: s => s.AddSingleton<GraphServiceClient>(sp =>
            GraphClients.Create(graph.BaseUrl, credential, sp.GetRequiredService<GraphHealth>(), tokenHosts: [graph.BaseUrl.Host])));
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var (status, body) = await WaitForReadyzAsync(client, HttpStatusCode.ServiceUnavailable);

        Assert.Equal("unready", (string?)body["status"]);
        Assert.Contains("credential failed (AuthenticationFailedException)", (string?)body["checks"]!["graph"], StringComparison.Ordinal);
        Assert.Equal("ok", (string?)body["checks"]!["database"]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        Assert.False(app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        Assert.Empty(graph.Requests);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        await app.StopAsync();
    }

    [Fact]
    public async Task RsvpReread_GraphOutageThenBack_ReadyzGoes503NamingGraphThen200()
    {
        graph.Outage = true;
        await using var app = GraphHostFixture.Build(graph, notifications: false);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var (_, during) = await WaitForReadyzAsync(client, HttpStatusCode.ServiceUnavailable);
        graph.Outage = false;
        app.Services.GetRequiredService<RsvpRefreshSignal>().Request();
        var (_, after) = await WaitForReadyzAsync(client, HttpStatusCode.OK);

        Assert.Contains("HTTP 503", (string?)during["checks"]!["graph"], StringComparison.Ordinal);
        Assert.Equal("ok", (string?)after["checks"]!["graph"]);
        Assert.Equal("ready", (string?)after["status"]);
        await app.StopAsync();
    }

    [Fact]
    public async Task Readyz_GraphNotConfigured_SaysSoAndStaysReady()
    {
        await using var app = Hosting.MeetingBotHost.Build(["--urls", "http://127.0.0.1:0",
            $"--Storage:DataDirectory={Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N"), "data")}"]);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var (_, body) = await WaitForReadyzAsync(client, HttpStatusCode.OK);

        Assert.Equal("ok (not configured)", (string?)body["checks"]!["graph"]);
        await app.StopAsync();
    }

    /// <summary>Polls /readyz until it answers <paramref name="expected"/> (the re-read runs in the background; a retried 503 takes seconds).</summary>
    private static async Task<(HttpStatusCode Status, JsonNode Body)> WaitForReadyzAsync(HttpClient client, HttpStatusCode expected)
    {
        HttpStatusCode status = default;
        JsonNode body = new JsonObject();
        for (var i = 0; i < 300; i++)
        {
            using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            status = response.StatusCode;
            body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            if (status == expected && (expected != HttpStatusCode.ServiceUnavailable || (string?)body["checks"]!["graph"] != "ok"))
            {
                return (status, body);
            }

            await Task.Delay(100);
        }

        Assert.Fail($"/readyz did not answer {(int)expected} within 30 s; last {(int)status}: {body.ToJsonString()}");
        return (status, body);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
