using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.BotFramework.Tests.TestSupport;

/// <summary>
/// A local login.botframework.com and login.microsoftonline.com: OpenID metadata and JWKS on
/// 127.0.0.1 whose key sets a test can change (rotation) and whose fetches it can count.
/// </summary>
internal sealed class TestIssuer : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, TestKey> botFrameworkKeys = new();
    private readonly ConcurrentDictionary<string, TestKey> entraKeys = new();
    private int jwksFetches;

    private TestIssuer(WebApplication app) => this.app = app;

    public string Origin { get; private set; } = string.Empty;

    public string MetadataUrl => $"{Origin}/v1/.well-known/openidconfiguration";

    public string EntraMetadataUrl(string tenantId) => $"{Origin}/{tenantId}/v2.0/.well-known/openid-configuration";

    public int JwksFetches => jwksFetches;

    public static async Task<TestIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var issuer = new TestIssuer(app);
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Text(
            JsonSerializer.Serialize(new Dictionary<string, string> { ["issuer"] = BotFrameworkIssuer, ["jwks_uri"] = issuer.Origin + "/v1/keys" }), "application/json"));
        app.MapGet("/v1/keys", () =>
        {
            Interlocked.Increment(ref issuer.jwksFetches);
            return Results.Text(TestKey.Jwks(issuer.botFrameworkKeys.Values), "application/json");
        });
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Text(
            JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["issuer"] = $"https://login.microsoftonline.com/{tenant}/v2.0",
                ["jwks_uri"] = issuer.Origin + "/common/discovery/v2.0/keys",
            }), "application/json"));
        app.MapGet("/common/discovery/v2.0/keys", () => Results.Text(TestKey.Jwks(issuer.entraKeys.Values), "application/json"));
        await app.StartAsync();
        issuer.Origin = app.Urls.First();
        return issuer;
    }

    /// <summary>Publishes a new Bot Framework key (endorsed for msteams unless told otherwise).</summary>
    public TestKey AddBotFrameworkKey(string[]? endorsements = null, bool noEndorsements = false)
    {
        var key = new TestKey(endorsements: noEndorsements ? null : endorsements ?? ["msteams"]);
        Publish(key);
        return key;
    }

    public void Publish(TestKey key) => botFrameworkKeys[key.Kid] = key;

    public TestKey AddEntraKey()
    {
        var key = new TestKey();
        entraKeys[key.Kid] = key;
        return key;
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        foreach (var key in botFrameworkKeys.Values.Concat(entraKeys.Values))
        {
            key.Dispose();
        }
    }
}
