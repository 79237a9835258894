using System.Globalization;
using System.Text.RegularExpressions;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Commands;

/// <summary>
/// <c>plats 23 januari: Stadshuset, Helsingborg</c> (one meeting, dated as elsewhere or "nästa möte")
/// and <c>plats alla möten 2026: Stadshuset, Helsingborg</c> (the year's whole series). The place is
/// read from the raw line, after the first colon followed by a space, because the command parser's
/// normalising drops the commas and colons a place is written with.
/// </summary>
internal static partial class PlaceCommand
{
    /// <summary>Longer than this is a sentence, not a place; the stored column allows 500.</summary>
    public const int MaxLength = 200;

    public static ChatCommand? Parse(string line)
    {
        var match = Shape().Match(line.Trim());
        if (!match.Success)
        {
            return null;
        }

        var place = Spaces().Replace(match.Groups["place"].Value, " ").Trim().TrimEnd('.');
        if (place.Length is 0 or > MaxLength)
        {
            return null;
        }

        var target = Ordinal().Replace(Spaces().Replace(match.Groups["target"].Value.ToLowerInvariant(), " ").Trim(), "$1");
        var series = Series().Match(target);
        if (series.Success)
        {
            int? year = series.Groups["year"].Success ? int.Parse(series.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
            return new ChatCommand(CommandKind.SetPlace, Year: year, Place: place);
        }

        if (Next().IsMatch(target))
        {
            return new ChatCommand(CommandKind.SetPlace, MeetingReference.Next, Place: place);
        }

        return SwedishDate.Find(target) is { } date ? new ChatCommand(CommandKind.SetPlace, new MeetingReference(date), Place: place) : null;
    }

    // "plats" (or "ändra plats", "sätt plats") + what + ": " + the place; "23:e januari" has no space after its colon.
    [GeneratedRegex(@"^(?:(?:ändra|sätt|ange)\s+)?plats(?:en)?\s+(?:för\s+)?(?<target>.+?):\s+(?<place>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();

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
