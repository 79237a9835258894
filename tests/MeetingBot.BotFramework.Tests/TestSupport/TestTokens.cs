using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.BotFramework.Tests.TestSupport;

/// <summary>Tokens really signed with test keys, and the forgeries an attacker would try.</summary>
internal static class TestTokens
{
    public const string AppId = "8a7c2bd9-1f3e-4c55-9d7a-2f0b6f3e0a11";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    /// <summary>The tenant of the card-action fixture (f3) and of the channel tests, besides <see cref="TenantId"/>.</summary>
    public const string FixtureTenantId = "56653e9d-2158-46ee-90d7-675c39642038";

    /// <summary>Bot settings allowing both tenants the fixtures come from.</summary>
    public static void AllowFixtureTenants(Dictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["Bot:AllowedTenants:0"] = TenantId;
        settings["Bot:AllowedTenants:1"] = FixtureTenantId;
    }

    public static string Create(
        TestKey key,
        string? serviceUrl,
        string issuer = TestIssuer.BotFrameworkIssuer,
        string audience = AppId,
        DateTime? notBefore = null,
        DateTime? expires = null,
        IDictionary<string, object>? claims = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var now = DateTime.UtcNow;
        var all = new Dictionary<string, object>(claims ?? new Dictionary<string, object>());
        if (serviceUrl is not null)
        {
            all["serviceurl"] = serviceUrl;
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            Claims = all,
            SigningCredentials = new SigningCredentials(key.SecurityKey, algorithm),
        });
    }

    /// <summary>Same claims, but the payload altered after signing.</summary>
    public static string Tamper(string token, string claim, string value)
    {
        var parts = token.Split('.');
        var payload = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Base64UrlEncoder.Decode(parts[1]))!;
        payload[claim] = JsonSerializer.SerializeToElement(value);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(JsonSerializer.Serialize(payload))}.{parts[2]}";
    }

    /// <summary>An unsigned token (<c>alg: none</c>) naming a real key.</summary>
    public static string Unsigned(TestKey key, string serviceUrl) =>
        $"{Segment(new { alg = "none", typ = "JWT", kid = key.Kid })}.{Segment(Claims(serviceUrl))}.";

    /// <summary>The classic key-confusion forgery: HS256 with the RSA public key as the HMAC secret.</summary>
    public static string HmacWithPublicKey(TestKey key, string serviceUrl)
    {
        var signingInput = $"{Segment(new { alg = "HS256", typ = "JWT", kid = key.Kid })}.{Segment(Claims(serviceUrl))}";
        var signature = HMACSHA256.HashData(key.PublicKeyBytes, Encoding.ASCII.GetBytes(signingInput));
        return $"{signingInput}.{Base64UrlEncoder.Encode(signature)}";
    }

    private static Dictionary<string, object> Claims(string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow;
        return new Dictionary<string, object>
        {
            ["iss"] = TestIssuer.BotFrameworkIssuer,
            ["aud"] = AppId,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        };
    }

    private static string Segment(object value) => Base64UrlEncoder.Encode(JsonSerializer.Serialize(value));
}
