using System.Net;
using System.Text;
using MeetingBot.BotFramework.Authentication;
using MeetingBot.BotFramework.Hosting;
using MeetingBot.Outlook;
using MeetingBot.Playground;
using MeetingBot.Playground.Connector;
using MeetingBot.Tests.Outlook;
using Microsoft.AspNetCore.Routing;

namespace MeetingBot.Tests.Playground;

/// <summary>
/// Every Development-only route of the real host answers only a caller on this machine that addressed it
/// as localhost, 127.0.0.1 or [::1], directly: a reverse proxy on the same host or DNS rebinding must not
/// reach the token endpoints or the playground (issue 13).
/// </summary>
public sealed class DevelopmentRouteTests(OutlookHost host) : IClassFixture<OutlookHost>
{
    /// <summary>Routes anyone may reach, each guarded by its own authentication or public by design; everything else must be Development-only and guarded.</summary>
    private static readonly string[] PublicRoutes =
    [
        "/api/messages",
        "/healthz",
        "/readyz",
        "/agenda/{date}",
        "/series/{year:int}/members/{member}/calendar.ics",
        "/protocols/{meetingId:int}/document",
        "/protocols/{meetingId:int}/pdf",
        "/graph/notifications",
        "/graph/lifecycle",
        OutlookApi.MeetingRoute,
        OutlookApi.RsvpRoute,
    ];

    public static TheoryData<string, string> DevelopmentRoutes() => new()
    {
        { "GET", DevelopmentIssuer.MetadataPath },
        { "GET", DevelopmentIssuer.JwksPath },
        { "POST", BotEndpointExtensions.DevelopmentTokenRoute + "?serviceUrl=http%3A%2F%2F127.0.0.1%2F" },
        { "POST", OutlookRegistration.DevelopmentTokenRoute + "?oid=" + OutlookHost.KristinaOid },
        { "GET", OutlookRegistration.DevelopmentPeopleRoute },
        { "GET", "/" },
        { "GET", "/playground/playground.js" },
        { "GET", PlaygroundApi.Prefix + "/state" },
        { "GET", PlaygroundApi.Prefix + "/events?conversation=a%3Aguard" },
        { "POST", PlaygroundApi.Prefix + "/activities?conversation=a%3Aguard" },
        { "GET", PlaygroundApi.Prefix + "/calendar/2026" },
        { "GET", LocalConnectorEndpoints.Prefix + "/v3/conversations/" + Uri.EscapeDataString(PlaygroundTeam.ChannelId) + "/members" },
    };

    [Theory]
    [MemberData(nameof(DevelopmentRoutes))]
    public async Task DevelopmentRoute_FromLoopbackAddressedToLoopback_Answers(string method, string path)
    {
        using var response = await SendAsync(method, path, _ => { });

        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST:5000")]
    [InlineData("127.0.0.1:8080")]
    [InlineData("[::1]:5000")]
    public async Task DevelopmentRoute_AnyLoopbackHostName_Answers(string hostHeader)
    {
        using var response = await SendAsync("GET", PlaygroundApi.Prefix + "/state", r => r.Headers.Host = hostHeader);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(DevelopmentRoutes))]
    public async Task DevelopmentRoute_HostNotLoopback_Answers403(string method, string path)
    {
        using var response = await SendAsync(method, path, r => r.Headers.Host = "evil.example");

        await AssertRefusedAsync(response, "localhost, 127.0.0.1 or [::1]");
    }

    [Theory]
    [MemberData(nameof(DevelopmentRoutes))]
    public async Task DevelopmentRoute_XForwardedFor_Answers403(string method, string path)
    {
        using var response = await SendAsync(method, path, r => r.Headers.Add("X-Forwarded-For", "203.0.113.7"));

        await AssertRefusedAsync(response, "X-Forwarded-For");
    }

    /// <summary>The emulator's routes: the configuration names roster members and their e-mail addresses; the relay mints tokens.</summary>
    [Theory]
    [InlineData("GET", MeetingBot.Playground.Emulator.EmulatorConfigEndpoint.Route)]
    [InlineData("POST", "/dev/emulator/api/messages")]
    public async Task EmulatorRoutes_HostNotLoopbackOrProxied_Answer403(string method, string path)
    {
        using var notLoopback = await SendAsync(method, path, r => r.Headers.Host = "evil.example");
        using var proxied = await SendAsync(method, path, r => r.Headers.Add("X-Forwarded-For", "203.0.113.7"));

        await AssertRefusedAsync(notLoopback, "localhost, 127.0.0.1 or [::1]");
        await AssertRefusedAsync(proxied, "X-Forwarded-For");
    }

    [Theory]
    [InlineData("X-Forwarded-Host", "meetingbot.example")]
    [InlineData("Forwarded", "for=203.0.113.7;host=meetingbot.example")]
    public async Task DevelopmentTokenRoutes_OtherProxyHeaders_Answer403(string header, string value)
    {
        foreach (var path in new[] { BotEndpointExtensions.DevelopmentTokenRoute + "?serviceUrl=http%3A%2F%2F127.0.0.1%2F", OutlookRegistration.DevelopmentTokenRoute + "?oid=" + OutlookHost.KristinaOid })
        {
            using var response = await SendAsync("POST", path, r => r.Headers.Add(header, value));

            await AssertRefusedAsync(response, header);
        }
    }

    [Theory]
    [InlineData("localhost.evil.example")]
    [InlineData("127.0.0.1.nip.io")]
    [InlineData("0.0.0.0")]
    public async Task DevelopmentTokenRoute_HostOnlyResemblingLoopback_Answers403(string hostHeader)
    {
        using var response = await SendAsync("POST", BotEndpointExtensions.DevelopmentTokenRoute + "?serviceUrl=http%3A%2F%2F127.0.0.1%2F", r => r.Headers.TryAddWithoutValidation("Host", hostHeader));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>A route added later in Development without the guard fails here, not in a review.</summary>
    [Fact]
    public void Endpoints_InDevelopment_AreEitherPublicByDesignOrGuarded()
    {
        var unguarded = host.Service<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<LocalDevelopmentCallerMetadata>() is null)
            .Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/'))
            .Where(pattern => !PublicRoutes.Contains(pattern, StringComparer.Ordinal))
            .ToList();

        Assert.Empty(unguarded);
    }

    private async Task<HttpResponseMessage> SendAsync(string method, string path, Action<HttpRequestMessage> configure)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method == "POST")
        {
            request.Content = new StringContent("""{"type":"message","text":"hej"}""", Encoding.UTF8, "application/json");
        }

        if (path.StartsWith(LocalConnectorEndpoints.Prefix, StringComparison.Ordinal))
        {
            request.Headers.Authorization = new("Bearer", host.Service<DevelopmentIssuer>().CreateToken(DevelopmentIssuer.ConnectorAudience, serviceUrl: null));
        }

        configure(request);

        // Headers only: the event stream never ends by itself.
        return await host.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
