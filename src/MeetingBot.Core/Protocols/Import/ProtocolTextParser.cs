using System.Text.RegularExpressions;

namespace MeetingBot.Core.Protocols.Import;

/// <summary>
/// Reads the plain-text layer of a Familjen Helsingborg protocol into a <see cref="Protocol"/>:
/// heading and title, "Tid och plats", "Närvarande", "Anmält förhinder", the numbered items, up to
/// "Mötet avslutas". Anything from "Underskriftssida" on is ignored.
/// </summary>
/// <remarks>Throws <see cref="DomainException"/> naming the first section that is missing.</remarks>
public static class ProtocolTextParser
{
    public static Protocol Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = LineNormaliser.Normalise(text);
        if (lines.Count == 0)
        {
            throw new DomainException("the protocol is empty");
        }

        var heading = IndexOf(lines, 0, line => SectionLabels.Heading().IsMatch(line));
        if (heading < 0)
        {
            throw new DomainException("not a protocol: found no heading \"Protokoll nr <number> <year>\"");
        }

        lines = WithoutRunningHeaders(lines, heading);
        var present = IndexOf(lines, heading + 1, line => SectionLabels.Present().IsMatch(line));
        if (present < 0)
        {
            throw new DomainException("the protocol has no attendance list (\"Närvarande:\")");
        }

        var header = HeaderReader.Read(lines, heading, present);
        var firstItem = IndexOf(lines, present + 1, line => SectionLabels.Item().IsMatch(line));
        if (firstItem < 0)
        {
            throw new DomainException("the protocol has no numbered items after the attendance list (expected \"1. …\"); is it cut short?");
        }

        var absent = IndexOf(lines, present + 1, line => SectionLabels.Absent().IsMatch(line));
        var presentEnd = absent >= 0 && absent < firstItem ? absent : firstItem;
        var presentList = AttendanceReader.Read(Rest(SectionLabels.Present(), lines[present]), Slice(lines, present + 1, presentEnd));
        if (presentList.Count == 0)
        {
            throw new DomainException("the attendance list (\"Närvarande:\") names nobody");
        }

        var absentList = presentEnd == absent
            ? AttendanceReader.Read(Rest(SectionLabels.Absent(), lines[absent]), Slice(lines, absent + 1, firstItem))
            : [];
        var items = ItemsReader.Read(lines, firstItem);
        return new Protocol(
            header.Number, header.Year, header.Title, header.Date, header.Start, header.End,
            header.Location, header.Room, presentList, absentList, items);
    }

    private static int IndexOf(IReadOnlyList<TextLine> lines, int start, Func<string, bool> predicate)
    {
        for (var i = start; i < lines.Count; i++)
        {
            if (predicate(lines[i].Text))
            {
                return i;
            }
        }

        return -1;
    }

    private static IEnumerable<TextLine> Slice(IReadOnlyList<TextLine> lines, int start, int end) =>
        lines.Skip(start).Take(end - start);

    private static string Rest(Regex label, TextLine line) =>
        label.Match(line.Text).Groups["rest"].Value;

    /// <summary>A PDF's text layer repeats the heading and title at the top of every page; only the first copy counts.</summary>
    private static List<TextLine> WithoutRunningHeaders(IReadOnlyList<TextLine> lines, int heading)
    {
        var repeated = lines.Skip(heading).Take(2).Select(line => line.Text).ToHashSet(StringComparer.Ordinal);
        return [.. lines.Take(heading + 2), .. lines.Skip(heading + 2).Where(line => !repeated.Contains(line.Text))];
    }
}
