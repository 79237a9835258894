using System.Globalization;

namespace MeetingBot.Calendar.Graph;

/// <summary>
/// Graph's Retry-After: whole or fractional seconds ("2.128" appears in its docs) or an HTTP date.
/// Parsed by hand because the typed header rejects fractions.
/// </summary>
internal static class RetryAfter
{
    public static TimeSpan? Parse(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at > now ? at - now : TimeSpan.Zero
            : null;
    }
}
