using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.BotFramework.Tests.Connector;

/// <summary>Teams' per-conversation and per-tenant limits hold before a call goes out.</summary>
public sealed class ConnectorRateLimiterTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Takes a permit only if one is free now, and gives it back at once.</summary>
    private static bool TryAcquireNow(ConnectorRateLimiter limiter, RateLimitKey key)
    {
        if (!limiter.TryAcquire(key, out var permit, out _))
        {
            return false;
        }

        permit.Dispose();
        return true;
    }

    private static int Burst(ConnectorRateLimiter limiter, RateLimitKey key, int attempts) =>
        Enumerable.Range(0, attempts).Count(_ => TryAcquireNow(limiter, key));

    [Fact]
    public void TryAcquireNow_SendsToOneConversation_AllowsSevenPerSecond()
    {
        var limiter = new ConnectorRateLimiter(time);

        Assert.Equal(7, Burst(limiter, new RateLimitKey("t", "a:1", ConnectorOperation.Send), 20));
    }

    [Fact]
    public void TryAcquireNow_ReadsOfOneConversation_AllowFourteenPerSecond()
    {
        var limiter = new ConnectorRateLimiter(time);

        Assert.Equal(14, Burst(limiter, new RateLimitKey("t", "a:1", ConnectorOperation.Read), 20));
    }

    [Fact]
    public void TryAcquireNow_FanOutAcrossConversations_IsCappedAtFiftyPerTenant()
    {
        var limiter = new ConnectorRateLimiter(time);

        var allowed = Enumerable.Range(0, 100).Count(i => TryAcquireNow(limiter, new RateLimitKey("t", $"a:{i}", ConnectorOperation.Send)));

        Assert.Equal(50, allowed);
        Assert.True(TryAcquireNow(limiter, new RateLimitKey("other tenant", "a:1000", ConnectorOperation.Send)));
    }

    [Fact]
    public void TryAcquireNow_OneSecondAfterABurst_IsHeldToEightInTwoSeconds()
    {
        var limiter = new ConnectorRateLimiter(time);
        var key = new RateLimitKey("t", "a:1", ConnectorOperation.Send);
        Burst(limiter, key, 7);

        time.Advance(TimeSpan.FromSeconds(1));
        var secondSecond = Burst(limiter, key, 20);
        time.Advance(TimeSpan.FromSeconds(1));
        var thirdSecond = Burst(limiter, key, 20);

        Assert.Equal(1, secondSecond);
        Assert.Equal(7, thirdSecond);
    }

    [Fact]
    public void TryAcquire_CallStillInFlight_CountsUntilAWindowAfterItsAnswer()
    {
        var limiter = new ConnectorRateLimiter(time);
        var held = Enumerable.Range(0, 50).Select(i => Acquire(limiter, new RateLimitKey("t", $"a:{i}", ConnectorOperation.Send))).ToList();

        time.Advance(TimeSpan.FromSeconds(5));
        var whileInFlight = limiter.TryAcquire(new RateLimitKey("t", "b", ConnectorOperation.Send), out _, out var roomIn);
        held.ForEach(p => p.Dispose());
        time.Advance(TimeSpan.FromMilliseconds(999));
        var justBeforeAWindow = TryAcquireNow(limiter, new RateLimitKey("t", "b", ConnectorOperation.Send));
        time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.False(whileInFlight);
        Assert.Null(roomIn);
        Assert.False(justBeforeAWindow);
        Assert.True(TryAcquireNow(limiter, new RateLimitKey("t", "b", ConnectorOperation.Send)));
    }

    [Theory]
    [InlineData(1, 1, 2500)] // past 1,800 sends to one conversation: the hour window
    [InlineData(2, 3, 1500)]
    [InlineData(3, 40, 1500)]
    [InlineData(4, 1000, 1000)] // the tenant window
    public void TryAcquire_RandomCallsWithRandomLatency_NeverLetAnyWindowSeeMoreThanItsLimit(int seed, int conversationCount, int callCount)
    {
        var calls = Simulate(new ConnectorRateLimiter(time), seed, conversationCount, callCount);

        Assert.All(calls.GroupBy(c => c.Key.Tenant), tenant => AssertAtMost(tenant.ToList(), TimeSpan.FromSeconds(1), 50));
        foreach (var conversation in calls.GroupBy(c => (c.Key.Conversation, c.Key.Operation)))
        {
            var send = conversation.Key.Operation == ConnectorOperation.Send;
            AssertAtMost(conversation.ToList(), TimeSpan.FromSeconds(1), send ? 7 : 14);
            AssertAtMost(conversation.ToList(), TimeSpan.FromSeconds(2), send ? 8 : 16);
            AssertAtMost(conversation.ToList(), TimeSpan.FromSeconds(30), send ? 60 : 120);
            AssertAtMost(conversation.ToList(), TimeSpan.FromHours(1), send ? 1800 : 3600);
        }
    }

    [Fact]
    public void TryAcquire_ManyConversationsAndInstantAnswers_RunsAtTheTenantLimit()
    {
        var calls = Simulate(new ConnectorRateLimiter(time), seed: 5, conversationCount: 1000, callCount: 1000, maxLatencyMs: 0, mixed: false);

        var span = calls.Max(c => c.Start) - calls.Min(c => c.Start);

        // 50 at once, then 50 more each second: the last of 1,000 goes out at 19 s.
        Assert.Equal(TimeSpan.FromSeconds(19), span);
    }

    [Fact]
    public async Task AcquireAsync_TenantWindowFull_WaitsUntilTheOldestCallAgesOut()
    {
        var limiter = new ConnectorRateLimiter(time);
        Burst(limiter, new RateLimitKey("t", "a", ConnectorOperation.Read), 14);
        time.Advance(TimeSpan.FromMilliseconds(400));
        Enumerable.Range(0, 36).ToList().ForEach(i => TryAcquireNow(limiter, new RateLimitKey("t", $"b:{i}", ConnectorOperation.Send)));

        var waiting = limiter.AcquireAsync(new RateLimitKey("t", "c", ConnectorOperation.Send), CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(599));
        await Task.Delay(50);
        var before = waiting.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));
        using var permit = await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(before);
    }

    [Fact]
    public async Task AcquireAsync_AllPlacesHeldByCallsInFlight_WaitsForOneToEnd()
    {
        var limiter = new ConnectorRateLimiter(time);
        var key = new RateLimitKey("t", "a", ConnectorOperation.Send);
        var held = Enumerable.Range(0, 7).Select(_ => Acquire(limiter, key)).ToList();

        var waiting = limiter.AcquireAsync(key, CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromSeconds(10));
        await Task.Delay(50);
        var beforeEnd = waiting.IsCompleted;
        held[0].Dispose();
        using var permit = await time.AdvanceUntilDoneAsync(waiting);

        Assert.False(beforeEnd);
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_Throws()
    {
        var limiter = new ConnectorRateLimiter(time);
        var key = new RateLimitKey("t", "a", ConnectorOperation.Send);
        Burst(limiter, key, 7);
        using var cancellation = new CancellationTokenSource();

        var waiting = limiter.AcquireAsync(key, cancellation.Token).AsTask();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    private static CallPermit Acquire(ConnectorRateLimiter limiter, RateLimitKey key) =>
        limiter.TryAcquire(key, out var permit, out _) ? permit : throw new InvalidOperationException("No room for the call.");

    /// <summary>
    /// Drives calls through the limiter with the fake clock: each call is tried as soon as it may go,
    /// holds its permit for a random latency, and is recorded as [granted, answered]; Teams saw it somewhere in between.
    /// </summary>
    private List<Call> Simulate(ConnectorRateLimiter limiter, int seed, int conversationCount, int callCount, int maxLatencyMs = 300, bool mixed = true)
    {
        var random = new Random(seed);
        var waiting = new Queue<RateLimitKey>(Enumerable.Range(0, callCount).Select(_ => new RateLimitKey(
            mixed && random.Next(8) == 0 ? "other" : "t", $"a:{random.Next(conversationCount)}", mixed && random.Next(4) == 0 ? ConnectorOperation.Read : ConnectorOperation.Send)));
        var inFlight = new List<(CallPermit Permit, DateTimeOffset EndsAt, RateLimitKey Key, DateTimeOffset Start)>();
        var done = new List<Call>();
        while (waiting.Count > 0 || inFlight.Count > 0)
        {
            var wake = DateTimeOffset.MaxValue;
            var refused = new HashSet<RateLimitKey>();
            foreach (var key in waiting.ToList())
            {
                waiting.Dequeue();
                if (refused.Contains(key))
                {
                    // Refused already in this round: the answer would be the same.
                    waiting.Enqueue(key);
                }
                else if (limiter.TryAcquire(key, out var permit, out var roomIn))
                {
                    var latency = TimeSpan.FromMilliseconds(random.Next(maxLatencyMs + 1));
                    inFlight.Add((permit, time.GetUtcNow() + latency, key, time.GetUtcNow()));
                    wake = Min(wake, time.GetUtcNow() + latency);
                }
                else
                {
                    refused.Add(key);
                    waiting.Enqueue(key);
                    wake = roomIn is { } room ? Min(wake, time.GetUtcNow() + room) : wake;
                }
            }

            wake = inFlight.Count > 0 ? Min(wake, inFlight.Min(c => c.EndsAt)) : wake;
            Assert.NotEqual(DateTimeOffset.MaxValue, wake);
            if (wake > time.GetUtcNow())
            {
                time.SetUtcNow(wake);
            }

            foreach (var call in inFlight.Where(c => c.EndsAt <= time.GetUtcNow()).ToList())
            {
                call.Permit.Dispose();
                inFlight.Remove(call);
                done.Add(new Call(call.Key, call.Start, time.GetUtcNow()));
            }
        }

        return done;
    }

    /// <summary>
    /// However Teams' arrival times fall within each call's [start, end], no window of <paramref name="window"/>
    /// holds more than <paramref name="limit"/>. The fullest window starts at some call's end.
    /// </summary>
    private static void AssertAtMost(IReadOnlyList<Call> calls, TimeSpan window, int limit)
    {
        foreach (var from in calls.Select(c => c.End).Distinct())
        {
            var seen = calls.Count(c => c.End >= from && c.Start < from + window);
            Assert.True(seen <= limit, $"{seen} calls could arrive in the {window} from {from:HH:mm:ss.fff}; the limit is {limit}.");
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private sealed record Call(RateLimitKey Key, DateTimeOffset Start, DateTimeOffset End);
}
