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

    /// <param name="firstLine">Text after the label on the label's own line, if any.</param>
    public static IReadOnlyList<Participant> Read(string firstLine, IEnumerable<TextLine> lines)
    {
        var people = new List<Participant>();
        IEnumerable<string> columns = firstLine.Length > 0 ? [firstLine] : [];
        foreach (var column in columns.Concat(lines.SelectMany(line => line.Columns)))
        {
            if (!Nobody().IsMatch(column))
            {
                people.AddRange(ReadColumn(column));
            }
        }

        return people;
    }

    private static IEnumerable<Participant> ReadColumn(string column)
    {
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
