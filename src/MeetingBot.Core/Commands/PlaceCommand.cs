using System.Text.RegularExpressions;

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

        return CommandTarget.Resolve(match.Groups["target"].Value, (meeting, year) => new ChatCommand(CommandKind.SetPlace, meeting, year, Place: place));
    }

    // "plats" (or "ändra plats", "sätt plats") + what + ": " + the place; "23:e januari" has no space after its colon.
    [GeneratedRegex(@"^(?:(?:ändra|sätt|ange)\s+)?plats(?:en)?\s+(?:för\s+)?(?<target>.+?):\s+(?<place>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
