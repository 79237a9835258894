using System.Collections.Concurrent;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Testing;

/// <summary>A single-instance store for tests of the protocol library; the host uses a database-backed one so duplicates are caught across instances.</summary>
public sealed class InMemoryActivityDeduplicationStore(TimeProvider timeProvider) : IActivityDeduplicationStore
{
    private readonly ConcurrentDictionary<ActivityKey, Entry> entries = new();
    private int claimsSincePrune;

    public Task<DeduplicationClaim> TryClaimAsync(ActivityKey key, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        PruneNow(now);
        var fresh = new Entry(expiresAt, null);
        while (true)
        {
            if (entries.TryAdd(key, fresh))
            {
                return Task.FromResult(DeduplicationClaim.First);
            }

            if (entries.TryGetValue(key, out var existing))
            {
                if (existing.ExpiresAt > now)
                {
                    return Task.FromResult(new DeduplicationClaim(false, existing.Response));
                }

                if (entries.TryUpdate(key, fresh, existing))
                {
                    return Task.FromResult(DeduplicationClaim.First);
                }
            }
        }
    }

    public Task SaveInvokeResponseAsync(ActivityKey key, InvokeResponse response, CancellationToken cancellationToken)
    {
        entries.AddOrUpdate(key, _ => new Entry(timeProvider.GetUtcNow() + ActivityDeduplication.Window, response), (_, e) => e with { Response = response });
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(ActivityKey key, CancellationToken cancellationToken)
    {
        entries.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    private void PruneNow(DateTimeOffset now)
    {
        if (Interlocked.Increment(ref claimsSincePrune) % 1024 != 0)
        {
            return;
        }

        foreach (var (key, entry) in entries)
        {
            if (entry.ExpiresAt <= now)
            {
                entries.TryRemove(key, out _);
            }
        }
    }

    private sealed record Entry(DateTimeOffset ExpiresAt, InvokeResponse? Response);
}
