using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.BotFramework.Authentication;

/// <summary>
/// The cached metadata of one issuer. Keys are re-read on the library's schedule (at most every
/// 12 h) and at once when a token names a <c>kid</c> we have not seen: Microsoft may publish a new key
/// at any time and start signing with it.
/// </summary>
internal sealed class SigningKeySource(string metadataAddress, HttpClient httpClient, bool requireHttps)
{
    private readonly ConfigurationManager<SigningConfiguration> manager = new(
        metadataAddress,
        new SigningConfigurationRetriever(),
        new HttpDocumentRetriever(httpClient) { RequireHttps = requireHttps })
    {
        AutomaticRefreshInterval = TimeSpan.FromHours(12),
        // Bounds how often an attacker with made-up kids can make us re-fetch the JWKS.
        RefreshInterval = TimeSpan.FromMinutes(1),
    };

    public string MetadataAddress => metadataAddress;

    public async Task<SigningKeyLookup?> FindAsync(string kid, CancellationToken cancellationToken)
    {
        var configuration = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        if (!configuration.Keys.ContainsKey(kid))
        {
            manager.RequestRefresh();
            configuration = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }

        return configuration.Keys.TryGetValue(kid, out var key)
            ? new SigningKeyLookup(key, configuration.Issuer, configuration.Endorsements.GetValueOrDefault(kid))
            : null;
    }
}

internal sealed record SigningKeyLookup(SecurityKey Key, string? Issuer, IReadOnlySet<string>? Endorsements);
