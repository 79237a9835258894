using System.Globalization;
using System.Text.RegularExpressions;

namespace MeetingBot.Core.Text;

/// <summary>
/// A time span as protocols write it: "08.30-12:00", "8:30 – 13:00", "kl. 9.00–11.30". Hours may
/// have one digit, the separator may be "." or ":", and the dash a hyphen, en or em dash (spaced or not).
/// </summary>
internal static partial class ClockRange
{
    [GeneratedRegex(@"(?<!\d)(?<h1>\d{1,2})[.:](?<m1>\d{2})\s*(?:-|–|—|till)\s*(?<h2>\d{1,2})[.:](?<m2>\d{2})(?!\d)")]
    private static partial Regex RangePattern();

    /// <summary>The first time range in <paramref name="text"/>, or null when there is none.</summary>
    public static Match? Find(string text)
    {
        var match = RangePattern().Match(text);
        return match.Success ? match : null;
    }

    /// <summary>The start and end of a match of <see cref="Find"/>; a DomainException for "25:00" or an end before the start.</summary>
    public static (TimeOnly Start, TimeOnly End) Read(Match match)
    {
        var start = Time(match.Groups["h1"].Value, match.Groups["m1"].Value, match.Value);
        var end = Time(match.Groups["h2"].Value, match.Groups["m2"].Value, match.Value);
        if (end <= start)
        {
            throw new DomainException($"the time range \"{match.Value}\" ends before it starts");
        }

        return (start, end);
    }

    private static TimeOnly Time(string hours, string minutes, string source)
    {
        var h = int.Parse(hours, CultureInfo.InvariantCulture);
        var m = int.Parse(minutes, CultureInfo.InvariantCulture);
        if (h > 23 || m > 59)
        {
            throw new DomainException($"the time range \"{source}\" is not a valid clock time");
        }

        return new TimeOnly(h, m);
    }
}
