using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.BotFramework.Authentication;

/// <summary>
/// The local stand-in for login.botframework.com in Development: an RSA key made at start-up,
/// published as OpenID metadata and JWKS on the host's own origin, and used to sign tokens for local
/// clients (tests, the benchmark, the playground). The bot validates these tokens by exactly the code
/// path it uses for Microsoft's; only the metadata address differs.
/// </summary>
public sealed class DevelopmentIssuer : IDisposable
{
    public const string Issuer = "urn:meetingbot:development-issuer";
    public const string MetadataPath = "/.well-known/openid-configuration";
    public const string JwksPath = "/.well-known/jwks.json";

    /// <summary>The audience of outbound Connector tokens; the development issuer mints those too.</summary>
    public const string ConnectorAudience = "https://api.botframework.com";

    private readonly RSA rsa = RSA.Create(2048);
    private readonly RsaSecurityKey key;
    private readonly SigningCredentials credentials;
    private readonly JsonWebTokenHandler handler = new();
    private readonly TimeProvider timeProvider;

    public DevelopmentIssuer(TimeProvider timeProvider)
    {
        this.timeProvider = timeProvider;
        key = new RsaSecurityKey(rsa) { KeyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) };
        credentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256);
    }

    /// <summary>A token as Bot Connector would send it: audience = the bot's app id, <c>serviceurl</c> claim = where replies go.</summary>
    public string CreateToken(string audience, string? serviceUrl, TimeSpan? lifetime = null)
    {
        var claims = new Dictionary<string, object>(StringComparer.Ordinal);
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return Sign(audience, claims, lifetime);
    }

    /// <summary>A token for a web API, as Entra issues one to a signed-in user: the caller's claims (e.g. <c>oid</c>) as given.</summary>
    public string CreateUserToken(string audience, IReadOnlyDictionary<string, object> claims, TimeSpan? lifetime = null) =>
        Sign(audience, claims.ToDictionary(StringComparer.Ordinal), lifetime);

    private string Sign(string audience, Dictionary<string, object> claims, TimeSpan? lifetime)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromHours(1)),
            Claims = claims,
            SigningCredentials = credentials,
        });
    }

    public string MetadataDocument(string origin) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["jwks_uri"] = origin.TrimEnd('/') + JwksPath,
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
    });

    /// <summary>The public key, endorsed for <c>msteams</c> like Bot Framework's keys.</summary>
    public string JwksDocument()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new[] { "msteams" },
        };
        return JsonSerializer.Serialize(new Dictionary<string, object> { ["keys"] = new[] { jwk } });
    }

    public void Dispose() => rsa.Dispose();
}
