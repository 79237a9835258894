using System.Collections.Concurrent;

namespace MeetingBot.BotFramework.Authentication;

/// <summary>
/// Tokens that already passed full validation, by their exact text. Bot Connector reuses one token
/// for many activities over its hour of life, and checking its RSA signature is most of what an
/// authenticated request costs. A hit still re-checks the lifetime; the per-activity checks
/// (endorsement, serviceurl, tenant) run every time regardless. Bounded: when full it starts over.
/// </summary>
internal sealed class ValidatedTokenCache(TimeProvider timeProvider)
{
    private const int MaxEntries = 10_000;

    /// <summary>A token is trusted from the cache for at most this long, so a key Microsoft withdraws stops working soon after.</summary>
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public BotIdentity? Find(string token)
    {
        if (!entries.TryGetValue(token, out var entry))
        {
            return null;
        }

        var now = timeProvider.GetUtcNow();
        if (now < entry.ValidFrom || now > entry.ValidTo || now > entry.CachedAt + MaxAge)
        {
            entries.TryRemove(token, out _);
            return null;
        }

        return entry.Identity;
    }

    /// <param name="validFrom">nbf minus the clock skew.</param>
    /// <param name="validTo">exp plus the clock skew.</param>
    public void Add(string token, BotIdentity identity, DateTimeOffset validFrom, DateTimeOffset validTo)
    {
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }

        entries[token] = new Entry(identity, validFrom, validTo, timeProvider.GetUtcNow());
    }

    private sealed record Entry(BotIdentity Identity, DateTimeOffset ValidFrom, DateTimeOffset ValidTo, DateTimeOffset CachedAt);
}
