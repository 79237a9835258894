using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.BotFramework.Authentication;

/// <summary>
/// Token lifetime checked against an injected clock: IdentityModel's own check reads the system clock,
/// so a host running on another clock (a test's, the playground's chosen date) would refuse the
/// tokens its own development issuer signs by that clock.
/// </summary>
public static class ClockLifetime
{
    /// <summary>A <see cref="LifetimeValidator"/> by <paramref name="time"/>: an expiry is required; both ends get the parameters' skew.</summary>
    public static LifetimeValidator Validator(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return (notBefore, expires, _, parameters) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            return expires is { } end && end > now - parameters.ClockSkew && (notBefore is not { } start || start <= now + parameters.ClockSkew);
        };
    }
}
