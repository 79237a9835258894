using MeetingBot.BotFramework.Authentication;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.BotFramework.Tests.Authentication;

public sealed class ClockLifetimeTests
{
    private static readonly TokenValidationParameters Skew = new() { ClockSkew = TimeSpan.FromMinutes(5) };

    [Fact]
    public void Validator_TokenValidByTheInjectedClock_IsAcceptedWhateverTheSystemClockSays()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.Zero));
        var now = clock.GetUtcNow().UtcDateTime;

        Assert.True(ClockLifetime.Validator(clock)(now, now.AddHours(1), null, Skew));
    }

    [Fact]
    public void Validator_ExpiredBeyondSkewByTheInjectedClock_IsRefused()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.Zero));
        var now = clock.GetUtcNow().UtcDateTime;

        Assert.False(ClockLifetime.Validator(clock)(now.AddHours(-2), now.AddMinutes(-6), null, Skew));
        Assert.True(ClockLifetime.Validator(clock)(now.AddHours(-2), now.AddMinutes(-4), null, Skew));
    }

    [Fact]
    public void Validator_NotYetValidOrWithoutExpiry_IsRefused()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.Zero));
        var now = clock.GetUtcNow().UtcDateTime;

        Assert.False(ClockLifetime.Validator(clock)(now.AddMinutes(10), now.AddHours(1), null, Skew));
        Assert.False(ClockLifetime.Validator(clock)(now, null, null, Skew));
    }
}
