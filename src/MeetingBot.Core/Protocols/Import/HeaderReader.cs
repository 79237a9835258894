using System.Globalization;
using System.Text.RegularExpressions;

namespace MeetingBot.Core.Protocols.Import;

/// <summary>
/// Reads the lines between the heading ("Protokoll nr 5 2025") and the attendance list: the title
/// on the next line, the optional place-and-date line ("Helsingborg 2025-06-13"), and the
/// "Tid och plats" paragraph, which may wrap over several lines.
/// </summary>
internal static partial class HeaderReader
{
    [GeneratedRegex(@"\b(?<date>\d{4}-\d{2}-\d{2})\b")]
    private static partial Regex IsoDate();

    public static ProtocolHeader Read(IReadOnlyList<TextLine> lines, int headingIndex, int endIndex)
    {
        var heading = SectionLabels.Heading().Match(lines[headingIndex].Text);
        var number = int.Parse(heading.Groups["number"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(heading.Groups["year"].Value, CultureInfo.InvariantCulture);
        var (title, afterTitle) = Title(lines, headingIndex, endIndex, heading.Groups["rest"].Value);

        var block = TimeAndPlaceBlock(lines, afterTitle, endIndex);
        var when = TimeAndPlaceReader.Read(block, year);
        var date = when.Date ?? IsoDateIn(lines, afterTitle, endIndex)
            ?? throw new DomainException("the protocol has no meeting date (expected \"Tid och plats: Den 13 juni 2025 …\" or a date like 2025-06-13 under the title)");
        return new ProtocolHeader(number, year, title, date, when.Start, when.End, when.Location, when.Room);
    }

    /// <summary>The title is the rest of the heading line, or else the next line, unless that already is a section label.</summary>
    private static (string Title, int Next) Title(IReadOnlyList<TextLine> lines, int headingIndex, int endIndex, string rest)
    {
        if (rest.Length > 0)
        {
            return (rest, headingIndex + 1);
        }

        var next = headingIndex + 1;
        if (next >= endIndex || SectionLabels.TimeAndPlace().IsMatch(lines[next].Text) || IsoDate().IsMatch(lines[next].Text))
        {
            throw new DomainException("the protocol has no title on the line after \"Protokoll nr …\"");
        }

        return (lines[next].Text, next + 1);
    }

    /// <summary>The "Tid och plats" paragraph; when the label is missing, everything between title and attendance is searched.</summary>
    private static string TimeAndPlaceBlock(IReadOnlyList<TextLine> lines, int start, int endIndex)
    {
        for (var i = start; i < endIndex; i++)
        {
            var label = SectionLabels.TimeAndPlace().Match(lines[i].Text);
            if (label.Success)
            {
                var rest = lines.Skip(i + 1).Take(endIndex - i - 1).Select(line => line.Text);
                return string.Join(' ', [label.Groups["rest"].Value, .. rest]).Trim();
            }
        }

        return string.Join(' ', lines.Skip(start).Take(endIndex - start).Where(line => !IsoDate().IsMatch(line.Text)).Select(line => line.Text));
    }

    private static DateOnly? IsoDateIn(IReadOnlyList<TextLine> lines, int start, int endIndex)
    {
        for (var i = start; i < endIndex; i++)
        {
            var match = IsoDate().Match(lines[i].Text);
            if (match.Success && DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
        }

        return null;
    }
}
