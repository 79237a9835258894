using System.Globalization;
using System.Text.RegularExpressions;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Commands;

/// <summary>
/// What a <c>plats …:</c> or <c>justerare …:</c> line names before its colon: one meeting (dated as
/// elsewhere, or "nästa möte") or the year's whole series ("alla möten 2026"), read the same way for both.
/// </summary>
internal static partial class CommandTarget
{
    /// <summary>The command <paramref name="make"/> builds for the meeting or the series' year, or null when the target names neither.</summary>
    public static ChatCommand? Resolve(string target, Func<MeetingReference?, int?, ChatCommand> make)
    {
        var normalised = Ordinal().Replace(Spaces().Replace(target.ToLowerInvariant(), " ").Trim(), "$1");
        var series = Series().Match(normalised);
        if (series.Success)
        {
            int? year = series.Groups["year"].Success ? int.Parse(series.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
            return make(null, year);
        }

        if (Next().IsMatch(normalised))
        {
            return make(MeetingReference.Next, null);
        }

        return SwedishDate.Find(normalised) is { } date ? make(new MeetingReference(date), null) : null;
    }

    [GeneratedRegex(@"^(?:alla\s+möten|hela\s+serien|serien|mötesserien)(?:\s+(?:för\s+|under\s+)?(?<year>(?:19|20)\d{2}))?$")]
    private static partial Regex Series();

    [GeneratedRegex(@"^nästa(?:\s+möte(?:t)?)?$")]
    private static partial Regex Next();

    // "23:e januari" is read as "23 januari", as the other commands read it.
    [GeneratedRegex(@"\b(\d{1,2}):?(?:e|a)\b")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
