using System.Text.RegularExpressions;

namespace MeetingBot.Core.Protocols.Import;

/// <summary>
/// Turns a protocol's text layer into clean lines: line endings unified, invisible characters
/// dropped, white space collapsed, empty lines and page furniture ("2 (3)", "Sida 2 av 3") removed,
/// and everything from the signature page ("Underskriftssida") on cut away.
/// </summary>
internal static partial class LineNormaliser
{
    [GeneratedRegex(@"\t|[ ]{2,}")]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^(?:Sida\s+)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3}|/\s*\d{1,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^Underskriftssida\b", RegexOptions.IgnoreCase)]
    private static partial Regex SignaturePage();

    public static IReadOnlyList<TextLine> Normalise(string text)
    {
        var lines = new List<TextLine>();
        foreach (var raw in Clean(text).Split('\n'))
        {
            var columns = ColumnGap().Split(raw.Trim())
                .Select(column => WhiteSpace().Replace(column, " ").Trim())
                .Where(column => column.Length > 0)
                .ToList();
            if (columns.Count == 0)
            {
                continue;
            }

            var line = new TextLine(string.Join(' ', columns), columns);
            if (SignaturePage().IsMatch(line.Text))
            {
                break;
            }

            if (!PageNumber().IsMatch(line.Text))
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    /// <summary>Non-breaking and odd-width spaces become spaces (so they collapse); soft hyphens and zero-width marks go.</summary>
    private static string Clean(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Replace('\u00A0', ' ')
            .Replace('\u2007', ' ')
            .Replace('\u202F', ' ')
            .Replace('\f', '\n')
            .Replace("\u00AD", string.Empty, StringComparison.Ordinal)
            .Replace("\u200B", string.Empty, StringComparison.Ordinal)
            .Replace("\uFEFF", string.Empty, StringComparison.Ordinal);
}
