using System.Net;
using MeetingBot.Outlook;

namespace MeetingBot.Tests.Outlook;

/// <summary>The production token path: Entra v2.0 SSO tokens for the task pane's API, from a loopback Entra.</summary>
public sealed class EntraTokenTests(EntraOutlookHost host) : IClassFixture<EntraOutlookHost>
{
    private string MeetingPath => $"{OutlookApi.MeetingRoute}?date={host.UpcomingDate:yyyy-MM-dd}";

    [Theory]
    [InlineData(EntraOutlookHost.ApplicationIdUri)]
    [InlineData(EntraOutlookHost.ClientId)]
    public async Task GetMeeting_EntraTokenForTheSsoApp_Returns200(string audience)
    {
        using var response = await host.SendAsync(HttpMethod.Get, MeetingPath, host.Entra.AccessToken(audience, OutlookHost.KristinaOid));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GetMeeting_EntraTokenForAnotherApp_Returns401()
    {
        using var response = await host.SendAsync(HttpMethod.Get, MeetingPath, host.Entra.AccessToken("api://other.example.org/" + EntraOutlookHost.ClientId, OutlookHost.KristinaOid));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetMeeting_TokenFromAnotherTenantsIssuer_Returns401()
    {
        var token = host.Entra.AccessToken(EntraOutlookHost.ApplicationIdUri, OutlookHost.KristinaOid, issuerTenant: "11111111-0000-4000-8000-000000000000");

        using var response = await host.SendAsync(HttpMethod.Get, MeetingPath, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetMeeting_TidOfAnotherTenantUnderOurIssuer_Returns401()
    {
        var token = host.Entra.AccessToken(EntraOutlookHost.ApplicationIdUri, OutlookHost.KristinaOid, tid: "11111111-0000-4000-8000-000000000000");

        using var response = await host.SendAsync(HttpMethod.Get, MeetingPath, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task DevelopmentToken_InProduction_IsNotIssued()
    {
        using var response = await host.Client.PostAsync(new Uri($"{OutlookRegistration.DevelopmentTokenRoute}?oid={OutlookHost.KristinaOid}", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
