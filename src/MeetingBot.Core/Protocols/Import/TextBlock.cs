using System.Text;
using System.Text.RegularExpressions;

namespace MeetingBot.Core.Protocols.Import;

/// <summary>
/// A value that may wrap over several lines. Wrapped lines are joined with a space; a list entry
/// ("- 23 januari", "• …", "1) …") goes on a line of its own as "- entry", and a line after an entry
/// continues that entry.
/// </summary>
internal sealed partial class TextBlock
{
    private readonly StringBuilder text = new();

    [GeneratedRegex(@"^(?:[-–—•*▪]|\d{1,2}\))\s*(?<entry>\S.*)$")]
    private static partial Regex ListEntry();

    public bool IsEmpty => text.Length == 0;

    public static bool TryListEntry(string line, out string entry)
    {
        var match = ListEntry().Match(line);
        entry = match.Success ? match.Groups["entry"].Value.Trim() : line;
        return match.Success;
    }

    public TextBlock Append(string line)
    {
        var entry = ListEntry().Match(line);
        if (entry.Success)
        {
            text.Append(text.Length == 0 ? "- " : "\n- ").Append(entry.Groups["entry"].Value.Trim());
        }
        else if (line.Length > 0)
        {
            text.Append(text.Length == 0 ? string.Empty : " ").Append(line);
        }

        return this;
    }

    public override string ToString() => text.ToString().Trim();
}
