using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.BotFramework.Tests.TestSupport;

/// <summary>An RSA signing key as an issuer publishes it, with Bot Framework–style endorsements.</summary>
internal sealed class TestKey : IDisposable
{
    private readonly RSA rsa = RSA.Create(2048);

    public TestKey(string? kid = null, string[]? endorsements = null)
    {
        Kid = kid ?? Guid.NewGuid().ToString("N");
        Endorsements = endorsements;
        SecurityKey = new RsaSecurityKey(rsa) { KeyId = Kid };
    }

    public string Kid { get; }

    public string[]? Endorsements { get; }

    public RsaSecurityKey SecurityKey { get; }

    /// <summary>The public key's DER bytes: what an attacker would use as an HMAC secret.</summary>
    public byte[] PublicKeyBytes => rsa.ExportSubjectPublicKeyInfo();

    public Dictionary<string, object> ToJwk()
    {
        var p = rsa.ExportParameters(false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = Endorsements;
        }

        return jwk;
    }

    public static string Jwks(IEnumerable<TestKey> keys) =>
        JsonSerializer.Serialize(new Dictionary<string, object> { ["keys"] = keys.Select(k => k.ToJwk()).ToArray() });

    public void Dispose() => rsa.Dispose();
}
