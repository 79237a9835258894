using MeetingBot.BotFramework.Authentication;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.BotFramework.Tests.Authentication;

public sealed class ValidatedTokenCacheTests
{
    private static readonly BotIdentity Identity = new(TokenPath.BotFramework, "kid", new HashSet<string> { "msteams" }, "https://smba.trafficmanager.net/emea/");
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero));

    [Fact]
    public void Find_ValidatedTokenWithinItsLifetime_IsReturned()
    {
        var cache = new ValidatedTokenCache(time);
        cache.Add("token", Identity, time.GetUtcNow().AddMinutes(-5), time.GetUtcNow().AddHours(1));

        Assert.Same(Identity, cache.Find("token"));
    }

    [Fact]
    public void Find_TokenPastExpiry_IsForgotten()
    {
        var cache = new ValidatedTokenCache(time);
        cache.Add("token", Identity, time.GetUtcNow().AddMinutes(-5), time.GetUtcNow().AddMinutes(5));

        time.Advance(TimeSpan.FromMinutes(6));

        Assert.Null(cache.Find("token"));
    }

    [Fact]
    public void Find_TokenCachedLongerThanTenMinutes_IsValidatedAgain()
    {
        var cache = new ValidatedTokenCache(time);
        cache.Add("token", Identity, time.GetUtcNow().AddMinutes(-5), time.GetUtcNow().AddHours(1));

        time.Advance(TimeSpan.FromMinutes(11));

        Assert.Null(cache.Find("token"));
    }

    [Fact]
    public void Find_OtherTokenText_IsNotAHit()
    {
        var cache = new ValidatedTokenCache(time);
        cache.Add("token", Identity, time.GetUtcNow().AddMinutes(-5), time.GetUtcNow().AddHours(1));

        Assert.Null(cache.Find("token2"));
    }
}
