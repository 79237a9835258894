using System.Text;
using System.Text.RegularExpressions;

namespace MeetingBot.Core.Text;

/// <summary>
/// Turns the bot's chat text into the Markdown Teams renders it as. Teams and Microsoft 365 Agents
/// Playground read a message's text as Markdown, where a single line break is no break and a
/// "1." or "*" from a protocol changes the rendering. The bot writes its texts in one plain
/// convention and this is the one place that converts it:
/// <list type="bullet">
/// <item>a blank line separates paragraphs;</item>
/// <item>a line that starts with "- " is an item of a bulleted list;</item>
/// <item>any other line break is meant as one, and stays one (a Markdown hard break).</item>
/// </list>
/// Everything else is text, escaped so it shows as written; web addresses become links.
/// </summary>
public static partial class ChatMarkdown
{
    /// <summary>CommonMark's hard line break that renders invisibly where a client lacks it; a backslash would show.</summary>
    public const string HardBreak = "  \n";

    private const string ListMarker = "- ";

    public static string Format(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<string>();
        foreach (var paragraph in Paragraphs().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n')))
        {
            var lines = new List<string>();
            var listing = false;
            foreach (var line in paragraph.Split('\n'))
            {
                var isItem = line.StartsWith(ListMarker, StringComparison.Ordinal);
                if (lines.Count > 0 && isItem != listing)
                {
                    // A list and the text around it are separate blocks, so neither swallows the other.
                    blocks.Add(Join(lines, listing));
                    lines.Clear();
                }

                listing = isItem;
                lines.Add(isItem ? ListMarker + Escape(line[ListMarker.Length..].Trim()) : Escape(line.Trim()));
            }

            if (lines.Count > 0)
            {
                blocks.Add(Join(lines, listing));
            }
        }

        return string.Join("\n\n", blocks.Where(b => b.Length > 0));
    }

    /// <summary>
    /// Text as it reads: Markdown's special characters are escaped, and so is whatever would start a
    /// block at the start of a line ("1.", "#", "&gt;", "- ", "+ "). Web addresses become autolinks,
    /// which need no escaping inside.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        var last = 0;
        foreach (Match url in Url().Matches(text))
        {
            escaped.Append(EscapeText(text[last..url.Index], atLineStart: last == 0));
            escaped.Append('<').Append(url.Value).Append('>');
            last = url.Index + url.Length;
        }

        escaped.Append(EscapeText(text[last..], atLineStart: last == 0));
        return escaped.ToString();
    }

    private static string Join(List<string> lines, bool listing) =>
        string.Join(listing ? "\n" : HardBreak, lines.Where(l => listing || l.Length > 0));

    private static string EscapeText(string text, bool atLineStart)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '~' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        var result = escaped.ToString();
        if (!atLineStart)
        {
            return result;
        }

        // Block starts only matter at the start of the line: "1. " or "1) " (ordered list), "#" (heading), "- ", "+ " (list).
        var block = BlockStart().Match(result);
        return block.Success ? result.Insert(block.Groups["mark"].Index, "\\") : result;
    }

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex Paragraphs();

    [GeneratedRegex(@"https?://[^\s<>""]+[^\s<>"".,;:!?)\]]")]
    private static partial Regex Url();

    [GeneratedRegex(@"^\s{0,3}(?:\d{1,9}(?<mark>[.)])(?=\s|$)|(?<mark>[#+=-]))")]
    private static partial Regex BlockStart();
}
