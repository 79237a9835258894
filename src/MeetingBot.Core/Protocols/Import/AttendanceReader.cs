using System.Text.RegularExpressions;

namespace MeetingBot.Core.Protocols.Import;

/// <summary>
/// Reads the "Närvarande" and "Anmält förhinder" lists. A line holds one person ("Henry Roos, Perstorp")
/// or two side by side; when extraction kept the column gap the line is split there, otherwise the
/// comma structure is read: "Kristina Magnusson, Bjuv Åsa Simonsson, Svalöv" is name, organisation
/// plus next name, organisation. Where organisation ends and the next name starts is decided by
/// <see cref="Organisations"/>, falling back to "the organisation is one word".
/// </summary>
internal static partial class AttendanceReader
{
    [GeneratedRegex(@"^(?:-|–|—|ingen|inga|ej\s+aktuellt)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Nobody();

    /// <summary>"Ledamöter:", "Övriga närvarande:": a sub-heading inside the list, not a person.</summary>
    [GeneratedRegex(@"^[^,]+:$")]
    private static partial Regex SubHeading();

    /// <summary>"Kristina Magnusson (Bjuv)".</summary>
    [GeneratedRegex(@"^(?<name>[^,()]+?)\s*\((?<organisation>[^()]+)\)$")]
    private static partial Regex Parenthesised();

    /// <param name="firstLine">Text after the label on the label's own line, if any.</param>
    public static IReadOnlyList<Participant> Read(string firstLine, IEnumerable<TextLine> lines)
    {
        var people = new List<Participant>();
        IEnumerable<string> columns = firstLine.Length > 0 ? [firstLine] : [];
        foreach (var cell in columns.Concat(lines.SelectMany(line => line.Columns)))
        {
            // "- Kristina Magnusson, Bjuv": attendance written as a list.
            var column = TextBlock.TryListEntry(cell, out var entry) ? entry : cell;
            if (!Nobody().IsMatch(column) && !SubHeading().IsMatch(column))
            {
                people.AddRange(ReadColumn(column));
            }
        }

        return people;
    }

    private static IEnumerable<Participant> ReadColumn(string column)
    {
        if (Parenthesised().Match(column) is { Success: true } p)
        {
            yield return new Participant(p.Groups["name"].Value, p.Groups["organisation"].Value.Trim());
            yield break;
        }

        var segments = column.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        if (segments.Count == 1)
        {
            yield return new Participant(segments[0], string.Empty);
            yield break;
        }

        var name = segments[0];
        for (var i = 1; i < segments.Count; i++)
        {
            if (i == segments.Count - 1)
            {
                yield return new Participant(name, segments[i]);
            }
            else if (Organisations.TrySplitOrganisationAndName(segments[i], out var organisation, out var next))
            {
                yield return new Participant(name, organisation);
                name = next;
            }
            else
            {
                // "sekretariatet, Familjen Helsingborg": the segment is all organisation, which continues.
                segments[i + 1] = $"{segments[i]}, {segments[i + 1]}";
            }
        }
    }
}
