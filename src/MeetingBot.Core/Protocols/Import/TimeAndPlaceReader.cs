using System.Globalization;
using System.Text.RegularExpressions;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Protocols.Import;

/// <summary>
/// Splits "Den 13 juni 2025 08.30-12:00 på Mindpark, Bredgatan 11, Helsingborg. Mötesrum Studion."
/// into date, times, location and room. The date and times are cut out wherever they stand; what
/// remains is sentences: the first is the location, one starting "Mötesrum"/"Lokal"/"Rum" the room.
/// </summary>
internal static partial class TimeAndPlaceReader
{
    /// <summary>"13 juni 2025", "3 okt. 2025", or without the year ("13 juni"), which is then the protocol's.</summary>
    [GeneratedRegex(@"(?<!\d)(?<day>\d{1,2})\s+(?<month>" + SwedishMonths.Pattern + @")(?!\p{L})\.?(?:\s+(?<year>\d{4})\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex SwedishDate();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    /// <summary>Words around a date and time that are not the place: "Fredagen den … kl. …".</summary>
    [GeneratedRegex(@"\b(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|den|kl\.?|klockan)(?=\s|$|,)", RegexOptions.IgnoreCase)]
    private static partial Regex FillerWords();

    /// <summary>A sentence ends at a full stop followed by space and a capital, or at the end.</summary>
    /// <summary>"Tid: … Plats: …" written as two labelled lines.</summary>
    [GeneratedRegex(@"\b(?:Tid|Plats)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Labels();

    [GeneratedRegex(@"\.\s+(?=\p{Lu})|\.$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:Mötesrum|Möteslokal|Lokal|Rum|Sal)\s*:?\s*(?<room>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoomSentence();

    [GeneratedRegex(@"^(?:på|i)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingPreposition();

    public sealed record Result(DateOnly? Date, TimeOnly Start, TimeOnly End, string Location, string? Room);

    public static Result Read(string block, int protocolYear)
    {
        var range = ClockRange.Find(block)
            ?? throw new DomainException("the protocol has no meeting time (expected \"Tid och plats: … 08:30-12:00 …\")");
        var (start, end) = ClockRange.Read(range);
        var rest = block.Remove(range.Index, range.Length);

        DateOnly? date = null;
        var dateMatch = SwedishDate().Match(rest);
        if (dateMatch.Success)
        {
            date = ToDate(dateMatch, protocolYear);
            rest = rest.Remove(dateMatch.Index, dateMatch.Length);
        }

        rest = IsoDate().Replace(rest, " ");
        rest = FillerWords().Replace(Labels().Replace(rest, " "), " ");
        var sentences = SentenceEnd().Split(rest)
            .Select(Tidy)
            .Where(sentence => sentence.Length > 0)
            .ToList();

        string? room = null;
        var location = new List<string>();
        foreach (var sentence in sentences)
        {
            var roomMatch = RoomSentence().Match(sentence);
            if (roomMatch.Success && room is null)
            {
                room = roomMatch.Groups["room"].Value.Trim();
            }
            else
            {
                location.Add(sentence);
            }
        }

        if (location.Count == 0)
        {
            throw new DomainException("the protocol has no meeting place (expected \"Tid och plats: … på <place>.\")");
        }

        return new Result(date, start, end, location[0], room);
    }

    private static string Tidy(string sentence)
    {
        var tidy = string.Join(' ', sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ',', ';', ':', '.');
        return LeadingPreposition().Replace(tidy, string.Empty).Trim(' ', ',');
    }

    private static DateOnly ToDate(Match match, int protocolYear)
    {
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var month = SwedishMonths.Number(match.Groups["month"].Value)!.Value;
        var year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : protocolYear;
        if (day > DateTime.DaysInMonth(year, month))
        {
            throw new DomainException($"the meeting date \"{match.Value.Trim()}\" does not exist in {year}");
        }

        return new DateOnly(year, month, day);
    }
}
