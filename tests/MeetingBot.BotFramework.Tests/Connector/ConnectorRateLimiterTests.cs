using MeetingBot.BotFramework.Connector;

namespace MeetingBot.BotFramework.Tests.Connector;

/// <summary>Teams' per-conversation and per-tenant limits hold before a call goes out.</summary>
public sealed class ConnectorRateLimiterTests
{
    private static int Burst(ConnectorRateLimiter limiter, RateLimitKey key, int attempts) =>
        Enumerable.Range(0, attempts).Count(_ => limiter.TryAcquireNow(key));

    [Fact]
    public async Task TryAcquireNow_SendsToOneConversation_AllowsSevenPerSecond()
    {
        await using var limiter = new ConnectorRateLimiter();

        Assert.Equal(7, Burst(limiter, new RateLimitKey("t", "a:1", ConnectorOperation.Send), 20));
    }

    [Fact]
    public async Task TryAcquireNow_ReadsOfOneConversation_AllowFourteenPerSecond()
    {
        await using var limiter = new ConnectorRateLimiter();

        Assert.Equal(14, Burst(limiter, new RateLimitKey("t", "a:1", ConnectorOperation.Read), 20));
    }

    [Fact]
    public async Task TryAcquireNow_FanOutAcrossConversations_IsCappedAtFiftyPerTenant()
    {
        await using var limiter = new ConnectorRateLimiter();

        var allowed = Enumerable.Range(0, 100).Count(i => limiter.TryAcquireNow(new RateLimitKey("t", $"a:{i}", ConnectorOperation.Send)));

        Assert.Equal(50, allowed);
        Assert.True(limiter.TryAcquireNow(new RateLimitKey("other tenant", "a:1000", ConnectorOperation.Send)));
    }
}
