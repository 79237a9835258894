using System.Net;
using MeetingBot.BotFramework.Tests.TestSupport;

namespace MeetingBot.BotFramework.Tests.Authentication;

/// <summary>Every inbound-token case of issue 3, against real signatures and a local OpenID/JWKS endpoint.</summary>
public sealed class InboundAuthenticationTests : IAsyncLifetime
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private SignedBot signed = null!;

    private TestIssuer issuer => signed.Issuer;

    private TestKey key => signed.Key;

    private TestBot bot => signed.Bot;

    public async Task InitializeAsync() => signed = await SignedBot.StartAsync();

    public async Task DisposeAsync() => await signed.DisposeAsync();

    private Task<HttpResponseMessage> PostF1Async(string? token) => bot.PostAsync(Payloads.Activity("f1-personal-message", ServiceUrl), token);

    [Fact]
    public async Task Post_ValidBotFrameworkToken_Returns200()
    {
        var response = await PostF1Async(TestTokens.Create(key, ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_ExpiredToken_Returns401WithEmptyBody()
    {
        var token = TestTokens.Create(key, ServiceUrl, notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-10));

        var response = await PostF1Async(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Post_ExpiredWithinFiveMinuteSkew_Returns200()
    {
        var token = TestTokens.Create(key, ServiceUrl, notBefore: DateTime.UtcNow.AddHours(-1), expires: DateTime.UtcNow.AddMinutes(-3));

        var response = await PostF1Async(token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_TokenNotYetValid_Returns401()
    {
        var token = TestTokens.Create(key, ServiceUrl, notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddHours(1));

        var response = await PostF1Async(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_WrongAudience_Returns401()
    {
        var response = await PostF1Async(TestTokens.Create(key, ServiceUrl, audience: Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_WrongIssuer_Returns401()
    {
        var response = await PostF1Async(TestTokens.Create(key, ServiceUrl, issuer: "https://api.botframework.evil"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownKid_Returns401()
    {
        using var unpublished = new TestKey(endorsements: ["msteams"]);

        var response = await PostF1Async(TestTokens.Create(unpublished, ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_KidRotatedInAfterKeysWereCached_RefreshesKeysAndReturns200()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostF1Async(TestTokens.Create(key, ServiceUrl))).StatusCode);
        var fetchesBefore = issuer.JwksFetches;
        var rotated = issuer.AddBotFrameworkKey();

        var response = await PostF1Async(TestTokens.Create(rotated, ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(fetchesBefore + 1, issuer.JwksFetches);
    }

    [Fact]
    public async Task Post_KnownKid_DoesNotRefetchKeys()
    {
        await PostF1Async(TestTokens.Create(key, ServiceUrl));
        var fetches = issuer.JwksFetches;

        await PostF1Async(TestTokens.Create(key, ServiceUrl));

        Assert.Equal(fetches, issuer.JwksFetches);
    }

    [Fact]
    public async Task Post_SameValidTokenForAnotherServiceUrl_StillChecksTheServiceUrl()
    {
        var token = TestTokens.Create(key, ServiceUrl);
        Assert.Equal(HttpStatusCode.OK, (await PostF1Async(token)).StatusCode);

        var response = await bot.PostAsync(Payloads.Activity("f1-personal-message", "https://smba.trafficmanager.net/emea/"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TamperedPayload_Returns401()
    {
        var token = TestTokens.Create(key, ServiceUrl, claims: new Dictionary<string, object> { ["role"] = "user" });

        var response = await PostF1Async(TestTokens.Tamper(token, "role", "admin"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_AlgNone_Returns401()
    {
        var response = await PostF1Async(TestTokens.Unsigned(key, ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_Hs256WithPublicKeyAsSecret_Returns401()
    {
        var response = await PostF1Async(TestTokens.HmacWithPublicKey(key, ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_KeyEndorsedForOtherChannel_Returns401()
    {
        var webchatOnly = issuer.AddBotFrameworkKey(endorsements: ["webchat"]);

        var response = await PostF1Async(TestTokens.Create(webchatOnly, ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_KeyWithoutEndorsements_Returns401()
    {
        var bare = issuer.AddBotFrameworkKey(noEndorsements: true);

        var response = await PostF1Async(TestTokens.Create(bare, ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_ServiceUrlClaimDiffersFromActivity_Returns401()
    {
        var response = await PostF1Async(TestTokens.Create(key, "https://smba.trafficmanager.net/emea/"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_BotFrameworkTokenWithoutServiceUrlClaim_Returns401()
    {
        var response = await PostF1Async(TestTokens.Create(key, serviceUrl: null));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_ServiceUrlClaimDiffersOnlyInCase_Returns200()
    {
        var response = await PostF1Async(TestTokens.Create(key, ServiceUrl.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_TenantNotAllowed_Returns401()
    {
        var activity = Payloads.Activity("f1-personal-message", ServiceUrl);
        activity["channelData"]!["tenant"]!["id"] = "11111111-2222-3333-4444-555555555555";

        var response = await bot.PostAsync(activity, TestTokens.Create(key, ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TenantListedInAllowedTenants_Returns200()
    {
        const string partner = "11111111-2222-3333-4444-555555555555";
        await using var partnerBot = await TestBot.StartAsync(issuer, s => { s["Bot:AllowedTenants:0"] = TestTokens.TenantId; s["Bot:AllowedTenants:1"] = partner; });
        var activity = Payloads.Activity("f1-personal-message", ServiceUrl);
        activity["channelData"]!["tenant"]!["id"] = partner;

        var response = await partnerBot.PostAsync(activity, TestTokens.Create(key, ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_MissingAuthorizationHeader_Returns401()
    {
        var response = await PostF1Async(token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("bearer {token}")]
    [InlineData("Bearer {token} extra")]
    [InlineData("Bearer not-a-jwt")]
    public async Task Post_MalformedAuthorizationHeader_Returns401(string header)
    {
        var activity = Payloads.Activity("f1-personal-message", ServiceUrl);

        var response = await bot.PostRawAsync(activity.ToJsonString(), header.Replace("{token}", TestTokens.Create(key, ServiceUrl), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("https://sts.windows.net/{tenant}/", "{appId}", "1.0")]
    [InlineData("https://login.microsoftonline.com/{tenant}/v2.0", "api://botid-{appId}", "2.0")]
    [InlineData("https://login.microsoftonline.com/{tenant}/v2.0", "api://{appId}", "2.0")]
    public async Task Post_EntraTokenOfListedCallerWithMatchingServiceUrl_Returns200(string issuerTemplate, string audienceTemplate, string version)
    {
        await using var entraBot = await StartEntraBotAsync();

        var response = await entraBot.PostAsync(F1(), EntraToken(ServiceUrl, version, AllowedCaller, issuerTemplate, audienceTemplate));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_EntraTokenWhenEntraPathUnconfigured_Returns401()
    {
        // The default bot has Bot:TenantId and Entra metadata but no Bot:EntraAllowedCallers: the path is off.
        var response = await PostF1Async(EntraToken(ServiceUrl, "1.0", AllowedCaller));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task Post_EntraTokenOfUnlistedCaller_Returns401(string version)
    {
        await using var entraBot = await StartEntraBotAsync();

        var response = await entraBot.PostAsync(F1(), EntraToken(ServiceUrl, version, "99999999-8888-7777-6666-555555555555"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_EntraV2TokenWithListedAppIdButNoAzp_Returns401()
    {
        // A v2 token names its caller in azp; an appid claim there is not Entra's word for who asked.
        await using var entraBot = await StartEntraBotAsync();
        var token = EntraToken(ServiceUrl, "2.0", caller: null, extra: new Dictionary<string, object> { ["appid"] = AllowedCaller });

        var response = await entraBot.PostAsync(F1(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_EntraTokenOfListedCallerWithoutServiceUrlClaim_Returns401()
    {
        await using var entraBot = await StartEntraBotAsync();

        var response = await entraBot.PostAsync(F1(), EntraToken(serviceUrl: null, "1.0", AllowedCaller));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_EntraTokenOfListedCallerWithOtherServiceUrl_Returns401()
    {
        await using var entraBot = await StartEntraBotAsync();

        var response = await entraBot.PostAsync(F1(), EntraToken("https://attacker.example/", "1.0", AllowedCaller));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_EntraTokenWithOtherTid_Returns401()
    {
        await using var entraBot = await StartEntraBotAsync();
        var token = EntraToken(ServiceUrl, "1.0", AllowedCaller, tid: "11111111-2222-3333-4444-555555555555");

        var response = await entraBot.PostAsync(F1(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_EntraTokenOfOtherTenant_Returns401()
    {
        const string other = "11111111-2222-3333-4444-555555555555";
        await using var entraBot = await StartEntraBotAsync();
        var token = EntraToken(ServiceUrl, "1.0", AllowedCaller, issuerTemplate: $"https://sts.windows.net/{other}/", tid: other);

        var response = await entraBot.PostAsync(F1(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_EntraKeyWithBotFrameworkIssuer_Returns401()
    {
        await using var entraBot = await StartEntraBotAsync();
        var entraKey = issuer.AddEntraKey();

        var response = await entraBot.PostAsync(F1(), TestTokens.Create(entraKey, ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private const string AllowedCaller = "3c1f6a52-7d2e-4b8a-9f10-6e5d4c3b2a19";

    private static System.Text.Json.Nodes.JsonObject F1() => Payloads.Activity("f1-personal-message", ServiceUrl);

    private Task<TestBot> StartEntraBotAsync() =>
        TestBot.StartAsync(issuer, s => s["Bot:EntraAllowedCallers:0"] = AllowedCaller);

    /// <summary>A token as Entra issues it to an app of the bot's tenant: v1 names the caller in appid, v2 in azp.</summary>
    private string EntraToken(
        string? serviceUrl,
        string version,
        string? caller,
        string? issuerTemplate = null,
        string audienceTemplate = "{appId}",
        string tid = TestTokens.TenantId,
        Dictionary<string, object>? extra = null)
    {
        var claims = new Dictionary<string, object>(extra ?? []) { ["tid"] = tid, ["ver"] = version };
        if (caller is not null)
        {
            claims[version == "1.0" ? "appid" : "azp"] = caller;
        }

        issuerTemplate ??= version == "1.0" ? "https://sts.windows.net/{tenant}/" : "https://login.microsoftonline.com/{tenant}/v2.0";
        return TestTokens.Create(
            issuer.AddEntraKey(),
            serviceUrl,
            issuer: issuerTemplate.Replace("{tenant}", TestTokens.TenantId, StringComparison.Ordinal),
            audience: audienceTemplate.Replace("{appId}", TestTokens.AppId, StringComparison.Ordinal),
            claims: claims);
    }
}
