using System.Globalization;

namespace MeetingBot.Core.Scheduling;

/// <summary>The text key of a meeting in job rows: series and local date, stable when the meeting's time changes.</summary>
public static class MeetingKey
{
    public static string Of(string series, DateOnly date) =>
        $"{series}/{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public static bool TryParse(string key, out string series, out DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(key);
        var slash = key.LastIndexOf('/');
        series = slash > 0 ? key[..slash] : string.Empty;
        date = default;
        return slash > 0 && DateOnly.TryParseExact(key[(slash + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
