using System.Threading.RateLimiting;

namespace MeetingBot.BotFramework.Connector;

/// <summary>
/// Paces outbound calls to Teams' published limits (msteams-docs rate-limit, 2026 rev) so that a
/// fan-out waits its turn instead of collecting 429s: per bot and conversation, sends 7/1 s, 8/2 s,
/// 60/30 s, 1800/h and reads 14/1 s, 16/2 s, 120/30 s, 3600/h; per tenant 50 calls/s in all.
/// </summary>
internal sealed class ConnectorRateLimiter : IAsyncDisposable
{
    private static readonly (TimeSpan Window, int Send, int Read)[] ConversationWindows =
    [
        (TimeSpan.FromSeconds(1), 7, 14),
        (TimeSpan.FromSeconds(2), 8, 16),
        (TimeSpan.FromSeconds(30), 60, 120),
        (TimeSpan.FromHours(1), 1800, 3600),
    ];

    private const int TenantPerSecond = 50;
    private const int QueueLimit = 100_000;

    private readonly PartitionedRateLimiter<RateLimitKey>[] parts;
    private readonly PartitionedRateLimiter<RateLimitKey> chained;

    public ConnectorRateLimiter()
    {
        var tenant = PartitionedRateLimiter.Create<RateLimitKey, string>(key =>
            RateLimitPartition.GetSlidingWindowLimiter(key.Tenant ?? string.Empty, _ => Options(TimeSpan.FromSeconds(1), TenantPerSecond)));
        parts = [tenant, .. ConversationWindows.Select(w => PartitionedRateLimiter.Create<RateLimitKey, (string, ConnectorOperation)>(key =>
            RateLimitPartition.GetSlidingWindowLimiter(
                (key.Conversation, key.Operation),
                k => Options(w.Window, k.Item2 == ConnectorOperation.Send ? w.Send : w.Read))))];
        chained = PartitionedRateLimiter.CreateChained(parts);
    }

    /// <summary>Waits until every window has room for the call.</summary>
    public async ValueTask<RateLimitLease> AcquireAsync(RateLimitKey key, CancellationToken cancellationToken)
    {
        var lease = await chained.AcquireAsync(key, 1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new InvalidOperationException("Too many Connector calls are queued; the rate-limit queue is full.");
        }

        return lease;
    }

    /// <summary>Whether a call could go right now; for tests of the limits.</summary>
    internal bool TryAcquireNow(RateLimitKey key)
    {
        using var lease = chained.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    public async ValueTask DisposeAsync()
    {
        await chained.DisposeAsync().ConfigureAwait(false);
        foreach (var part in parts)
        {
            await part.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static SlidingWindowRateLimiterOptions Options(TimeSpan window, int permits) => new()
    {
        Window = window,
        PermitLimit = permits,
        SegmentsPerWindow = window < TimeSpan.FromSeconds(30) ? 10 : 60,
        QueueLimit = QueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };
}
