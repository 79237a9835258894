using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.Tests.Outlook;

/// <summary>
/// A stand-in for login.microsoftonline.com on loopback: the v2.0 OpenID metadata of one tenant, its JWKS
/// (shaped like https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration and
/// /discovery/v2.0/keys) and access tokens signed with that key, as Office SSO would hand the task pane.
/// </summary>
public sealed class FakeEntra : IAsyncDisposable
{
    public const string TenantId = "6a1f4d2e-0000-4000-8000-00000000e001";

    private readonly RSA rsa = RSA.Create(2048);
    private readonly RsaSecurityKey key;
    private WebApplication? app;

    private FakeEntra() => key = new RsaSecurityKey(rsa) { KeyId = "fake-entra-key" };

    public string Authority { get; private set; } = "";

    public static async Task<FakeEntra> StartAsync()
    {
        var entra = new FakeEntra();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        entra.app = builder.Build();
        entra.app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Text(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["issuer"] = $"{entra.Authority}{tenant}/v2.0",
            ["jwks_uri"] = $"{entra.Authority}discovery/v2.0/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }), "application/json"));
        entra.app.MapGet("/discovery/v2.0/keys", () =>
        {
            var parameters = entra.rsa.ExportParameters(includePrivateParameters: false);
            return Results.Text(JsonSerializer.Serialize(new
            {
                keys = new[] { new { kty = "RSA", use = "sig", kid = entra.key.KeyId, n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) } },
            }), "application/json");
        });
        await entra.app.StartAsync();
        entra.Authority = entra.app.Urls.First() + "/";
        return entra;
    }

    /// <summary>A v2.0 access token for the task pane's API, issued by <paramref name="issuerTenant"/> for the user <paramref name="oid"/>.</summary>
    public string AccessToken(string audience, string oid, string issuerTenant = TenantId, string? tid = null)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = $"{Authority}{issuerTenant}/v2.0",
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Claims = new Dictionary<string, object> { ["oid"] = oid, ["tid"] = tid ?? issuerTenant, ["scp"] = "access_as_user", ["ver"] = "2.0" },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        rsa.Dispose();
    }
}
