using System.Globalization;
using System.Text.RegularExpressions;
using MeetingBot.Core.Justering;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Commands;

/// <summary>
/// <c>justerare 23 januari: Kristina Magnusson, Christian Dahlmann</c> (one meeting's protocol) and
/// <c>justerare alla möten 2026: …</c> (the default of the year's series). Read from the raw line,
/// as <see cref="PlaceCommand"/> reads a place, because normalising drops the commas between the names.
/// </summary>
internal static partial class SignatoriesCommand
{
    public static ChatCommand? Parse(string line)
    {
        var match = Shape().Match(line.Trim());
        if (!match.Success)
        {
            return null;
        }

        var names = SignatoryNames.Split(match.Groups["names"].Value);
        if (names.Count == 0)
        {
            return null;
        }

        var target = Ordinal().Replace(Spaces().Replace(match.Groups["target"].Value.ToLowerInvariant(), " ").Trim(), "$1");
        var series = Series().Match(target);
        if (series.Success)
        {
            int? year = series.Groups["year"].Success ? int.Parse(series.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
            return new ChatCommand(CommandKind.SetSignatories, Year: year, Names: names);
        }

        if (Next().IsMatch(target))
        {
            return new ChatCommand(CommandKind.SetSignatories, MeetingReference.Next, Names: names);
        }

        return SwedishDate.Find(target) is { } date ? new ChatCommand(CommandKind.SetSignatories, new MeetingReference(date), Names: names) : null;
    }

    [GeneratedRegex(@"^(?:(?:ändra|sätt|ange)\s+)?justerare(?:na)?\s+(?:för\s+)?(?<target>.+?):\s+(?<names>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();

    [GeneratedRegex(@"^(?:alla\s+möten|hela\s+serien|serien|mötesserien)(?:\s+(?:för\s+|under\s+)?(?<year>(?:19|20)\d{2}))?$")]
    private static partial Regex Series();

    [GeneratedRegex(@"^nästa(?:\s+möte(?:t)?)?$")]
    private static partial Regex Next();

    [GeneratedRegex(@"\b(\d{1,2}):?(?:e|a)\b")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
