using System.Diagnostics.CodeAnalysis;

namespace MeetingBot.BotFramework.Connector;

/// <summary>
/// Paces outbound calls to Teams' published limits (msteams-docs rate-limit, 2026 rev) so that a
/// fan-out waits its turn instead of collecting 429s: per bot and conversation, sends 7/1 s, 8/2 s,
/// 60/30 s, 1800/h and reads 14/1 s, 16/2 s, 120/30 s, 3600/h; per tenant 50 calls/s in all.
/// </summary>
/// <remarks>
/// Exact, not approximate: Teams counts arrivals in sliding windows, and a call arrives somewhere
/// between the moment it is sent and the moment its answer is back. So a call holds its place from
/// being granted until <see cref="CallPermit.Dispose"/> (answer back) and then for one window length,
/// and a new call is granted only when fewer than the limit still hold one. Whatever the network delay,
/// no window at the server can see more than the limit. System.Threading.RateLimiting's sliding window
/// (segments, timer replenishment, counted at grant time) was measured both over- and under-granting:
/// bursts of 100 in one second, and 34/s when chained per conversation (docs/design-scheduling.md).
/// Thread-safe; waiters are woken when a call ends or a window's oldest call ages out.
/// </remarks>
internal sealed class ConnectorRateLimiter(TimeProvider time)
{
    private static readonly RateWindow[] SendWindows =
        [new(TimeSpan.FromSeconds(1), 7), new(TimeSpan.FromSeconds(2), 8), new(TimeSpan.FromSeconds(30), 60), new(TimeSpan.FromHours(1), 1800)];

    private static readonly RateWindow[] ReadWindows =
        [new(TimeSpan.FromSeconds(1), 14), new(TimeSpan.FromSeconds(2), 16), new(TimeSpan.FromSeconds(30), 120), new(TimeSpan.FromHours(1), 3600)];

    private static readonly RateWindow TenantWindow = new(TimeSpan.FromSeconds(1), 50);

    // Idle keys are dropped at most this often; a conversation's hour window keeps it for an hour after its last call.
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly Lock gate = new();
    private readonly Dictionary<string, WindowLog> tenants = [];
    private readonly Dictionary<(string Conversation, ConnectorOperation Operation), WindowLog[]> conversations = [];
    private TaskCompletionSource ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long lastSweep = time.GetTimestamp();

    /// <summary>Waits until every window of <paramref name="key"/> has room; dispose the permit when the call's answer is back.</summary>
    public async ValueTask<CallPermit> AcquireAsync(RateLimitKey key, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task anyEnded;
            TimeSpan wait;
            lock (gate)
            {
                if (TryAcquire(key, out var permit, out var roomIn))
                {
                    return permit;
                }

                anyEnded = ended.Task;
                wait = roomIn ?? Timeout.InfiniteTimeSpan;
            }

            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await Task.WhenAny(anyEnded, Task.Delay(wait, time, waiting.Token)).ConfigureAwait(false);
            await waiting.CancelAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    internal void End(CallSlot slot)
    {
        lock (gate)
        {
            slot.End(time.GetTimestamp());
            var woken = ended;
            ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            woken.SetResult();
        }
    }

    /// <summary>The non-waiting core of <see cref="AcquireAsync"/>; tests drive the clock through it themselves.</summary>
    /// <param name="roomIn">When refused: how long until the fullest window frees a place, null if that waits on a call in flight.</param>
    internal bool TryAcquire(RateLimitKey key, [NotNullWhen(true)] out CallPermit? permit, out TimeSpan? roomIn)
    {
        // Re-entrant: AcquireAsync holds the gate already while it also waits for the next ending call.
        using var held = gate.EnterScope();
        var now = time.GetTimestamp();
        SweepIdle(now);
        WindowLog[] logs = [Tenant(key.Tenant ?? string.Empty), .. Conversation(key.Conversation, key.Operation)];
        roomIn = TimeSpan.Zero;
        foreach (var log in logs)
        {
            var room = log.RoomIn(now);
            roomIn = room is null || roomIn is null ? null : room > roomIn ? room : roomIn;
        }

        if (roomIn != TimeSpan.Zero)
        {
            permit = null;
            return false;
        }

        var slot = new CallSlot();
        foreach (var log in logs)
        {
            log.Add(slot);
        }

        permit = new CallPermit(this, slot);
        return true;
    }

    private WindowLog Tenant(string tenant)
    {
        if (!tenants.TryGetValue(tenant, out var log))
        {
            tenants[tenant] = log = new WindowLog(TenantWindow, time);
        }

        return log;
    }

    private WindowLog[] Conversation(string conversation, ConnectorOperation operation)
    {
        if (!conversations.TryGetValue((conversation, operation), out var logs))
        {
            var windows = operation == ConnectorOperation.Send ? SendWindows : ReadWindows;
            conversations[(conversation, operation)] = logs = [.. windows.Select(w => new WindowLog(w, time))];
        }

        return logs;
    }

    private void SweepIdle(long now)
    {
        if (time.GetElapsedTime(lastSweep, now) < SweepInterval)
        {
            return;
        }

        lastSweep = now;
        foreach (var key in conversations.Where(c => c.Value.All(l => l.RoomIn(now) == TimeSpan.Zero && l.IsEmpty)).Select(c => c.Key).ToList())
        {
            conversations.Remove(key);
        }

        foreach (var key in tenants.Where(t => t.Value.RoomIn(now) == TimeSpan.Zero && t.Value.IsEmpty).Select(t => t.Key).ToList())
        {
            tenants.Remove(key);
        }
    }
}
