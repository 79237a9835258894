using System.Buffers;
using System.Text.RegularExpressions;

namespace MeetingBot.Core.Protocols.Import;

/// <summary>
/// Turns a protocol's text layer into clean lines: line endings unified, invisible characters
/// dropped, white space collapsed, empty lines and page furniture ("2 (3)", "Sida 2 av 3") removed,
/// and everything from the signature page ("Underskriftssida") on cut away. Light Markdown (as
/// <c>protocol render --format md</c> writes it) reads the same: heading marks and bold markers go,
/// table cells become columns, table rules are dropped.
/// </summary>
internal static partial class LineNormaliser
{
    [GeneratedRegex(@"\t|[ ]{2,}")]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    private static readonly SearchValues<char> OtherWhiteSpace = SearchValues.Create("\t\v\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200A\u205F\u3000\u1680\u0085\u2028\u2029\f\r\n");

    private static readonly SearchValues<char> MarkdownCharacters = SearchValues.Create("#*_");

    [GeneratedRegex(@"^(?:Sida\s+)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3}|/\s*\d{1,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^Underskriftssida\b", RegexOptions.IgnoreCase)]
    private static partial Regex SignaturePage();

    [GeneratedRegex(@"^#{1,6}\s+|\*\*|__")]
    private static partial Regex MarkdownMarks();

    /// <summary>A table's header rule ("|---|---|") or a horizontal rule ("---", "***").</summary>
    [GeneratedRegex(@"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$|^(?:-{3,}|\*{3,}|_{3,})$")]
    private static partial Regex Rule();

    public static IReadOnlyList<TextLine> Normalise(string text)
    {
        var lines = new List<TextLine>();
        foreach (var raw in Clean(text).Split('\n'))
        {
            var trimmed = raw.Trim();
            if (trimmed.Length == 0 || Rule().IsMatch(trimmed))
            {
                continue;
            }

            // The regexes below are skipped when they cannot match: most lines are plain prose.
            if (trimmed.AsSpan().ContainsAny(MarkdownCharacters))
            {
                trimmed = MarkdownMarks().Replace(trimmed, string.Empty);
            }

            string[] pieces = trimmed.StartsWith('|') ? trimmed.Trim('|').Split('|')
                : trimmed.Contains('\t', StringComparison.Ordinal) || trimmed.Contains("  ", StringComparison.Ordinal) ? ColumnGap().Split(trimmed)
                : [trimmed];
            var columns = pieces.Select(Collapse).Where(column => column.Length > 0).ToList();
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

    private static string Collapse(string column)
    {
        var text = column.Trim();
        return text.Contains("  ", StringComparison.Ordinal) || text.AsSpan().ContainsAny(OtherWhiteSpace)
            ? WhiteSpace().Replace(text, " ")
            : text;
    }

    /// <summary>Compatibility characters become plain text (<see cref="CompatibilityCharacters"/>) before the lines are split.</summary>
    private static string Clean(string text) =>
        CompatibilityCharacters.Fold(text.Replace("\r\n", "\n", StringComparison.Ordinal))
            .Replace('\r', '\n')
            .Replace('\f', '\n');
}
