using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.BotFramework.Authentication;

/// <summary>
/// The cached metadata of one issuer. Keys are re-read on the library's schedule (every 12 h) and
/// at once when a token names a <c>kid</c> we have not seen: Microsoft may publish a new key at any
/// time and start signing with it.
/// </summary>
/// <remarks>
/// IdentityModel 8 refreshes in the background: after <c>RequestRefresh</c> the manager keeps
/// returning the old keys until the new ones arrive. Waiting (briefly) for them lets the very request
/// that carried the new kid succeed, instead of failing it and hoping Teams re-sends (not verified).
/// At most one such wait per <see cref="ForcedRefreshInterval"/>, so made-up kids cannot stall requests.
/// </remarks>
internal sealed class SigningKeySource
{
    public static readonly TimeSpan ForcedRefreshInterval = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan MaxWaitForRefresh = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private readonly ConfigurationManager<SigningConfiguration> manager;
    private readonly TimeProvider timeProvider;
    private long lastForcedRefreshTicks = long.MinValue;

    public SigningKeySource(string metadataAddress, HttpClient httpClient, bool requireHttps, TimeProvider timeProvider)
    {
        MetadataAddress = metadataAddress;
        this.timeProvider = timeProvider;
        manager = new ConfigurationManager<SigningConfiguration>(
            metadataAddress,
            new SigningConfigurationRetriever(),
            new HttpDocumentRetriever(httpClient) { RequireHttps = requireHttps })
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
            RefreshInterval = ForcedRefreshInterval,
        };
    }

    public string MetadataAddress { get; }

    /// <summary>Fetches the metadata unless cached; throws when it cannot be had.</summary>
    public Task EnsureLoadedAsync(CancellationToken cancellationToken) => manager.GetConfigurationAsync(cancellationToken);

    public async Task<SigningKeyLookup?> FindAsync(string kid, CancellationToken cancellationToken)
    {
        var configuration = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        if (!configuration.Keys.ContainsKey(kid) && TryClaimForcedRefresh())
        {
            manager.RequestRefresh();
            configuration = await WaitForRefreshAsync(configuration, cancellationToken).ConfigureAwait(false);
        }

        return configuration.Keys.TryGetValue(kid, out var key)
            ? new SigningKeyLookup(key, configuration.Issuer, configuration.Endorsements.GetValueOrDefault(kid))
            : null;
    }

    private bool TryClaimForcedRefresh()
    {
        var now = timeProvider.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref lastForcedRefreshTicks);
        return (last == long.MinValue || now - last >= ForcedRefreshInterval.Ticks)
            && Interlocked.CompareExchange(ref lastForcedRefreshTicks, now, last) == last;
    }

    private async Task<SigningConfiguration> WaitForRefreshAsync(SigningConfiguration stale, CancellationToken cancellationToken)
    {
        var deadline = timeProvider.GetUtcNow() + MaxWaitForRefresh;
        while (timeProvider.GetUtcNow() < deadline)
        {
            await Task.Delay(PollInterval, timeProvider, cancellationToken).ConfigureAwait(false);
            var current = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            if (!ReferenceEquals(current, stale))
            {
                return current;
            }
        }

        return stale;
    }
}

internal sealed record SigningKeyLookup(SecurityKey Key, string? Issuer, IReadOnlySet<string>? Endorsements);
