using System.Text.RegularExpressions;
using MeetingBot.Core.Justering;

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

        return CommandTarget.Resolve(match.Groups["target"].Value, (meeting, year) => new ChatCommand(CommandKind.SetSignatories, meeting, year, Names: names));
    }

    [GeneratedRegex(@"^(?:(?:ändra|sätt|ange)\s+)?justerare(?:na)?\s+(?:för\s+)?(?<target>.+?):\s+(?<names>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();
}
