using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.BotFramework.Authentication;

/// <summary>
/// Reads OpenID metadata and its JWKS. The JWKS is parsed here rather than by
/// <c>OpenIdConnectConfigurationRetriever</c> because the Bot Framework's <c>endorsements</c>
/// per key are not part of the standard model and must be kept next to the key.
/// </summary>
internal sealed class SigningConfigurationRetriever : IConfigurationRetriever<SigningConfiguration>
{
    public async Task<SigningConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        var metadataJson = await retriever.GetDocumentAsync(address, cancel).ConfigureAwait(false);
        string? issuer;
        string jwksUri;
        using (var metadata = JsonDocument.Parse(metadataJson))
        {
            issuer = metadata.RootElement.TryGetProperty("issuer", out var iss) ? iss.GetString() : null;
            jwksUri = metadata.RootElement.TryGetProperty("jwks_uri", out var uri) && uri.GetString() is { Length: > 0 } u
                ? u
                : throw new InvalidOperationException($"OpenID metadata at {address} has no jwks_uri.");
        }

        var jwksJson = await retriever.GetDocumentAsync(jwksUri, cancel).ConfigureAwait(false);
        return Parse(issuer, jwksJson);
    }

    internal static SigningConfiguration Parse(string? issuer, string jwksJson)
    {
        var keys = new Dictionary<string, SecurityKey>(StringComparer.Ordinal);
        var endorsements = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        using var jwks = JsonDocument.Parse(jwksJson);
        if (!jwks.RootElement.TryGetProperty("keys", out var keyArray) || keyArray.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidOperationException("JWKS has no keys array.");
        }

        foreach (var element in keyArray.EnumerateArray())
        {
            var key = new JsonWebKey(element.GetRawText());
            if (string.IsNullOrEmpty(key.Kid))
            {
                continue; // A key without kid can never be selected: tokens must name their key.
            }

            keys[key.Kid] = key;
            if (element.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements[key.Kid] = list.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.String)
                    .Select(e => e.GetString()!)
                    .ToHashSet(StringComparer.Ordinal);
            }
        }

        return new SigningConfiguration(issuer, keys, endorsements);
    }
}
