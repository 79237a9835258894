using System.Globalization;
using System.Text.RegularExpressions;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Series;

/// <summary>
/// The decision in a protocol that plans a year's meetings, e.g. §9 of protocol 5/2025:
/// "att kommundirektörsgruppen under 2026 sammanträder 8:30 – 13:00 på följande datum: - 23 januari …".
/// It is the first att-clause that has both a time range and at least one day-and-month date.
/// </summary>
internal sealed partial record MeetingDatesDecision(int ItemNumber, string Clause)
{
    [GeneratedRegex(@"(?<!\d)(?<day>\d{1,2})(?::[ae])?\.?\s+(?<month>" + SwedishMonths.Pattern + @")(?!\p{L})\.?", RegexOptions.IgnoreCase)]
    private static partial Regex DayAndMonth();

    [GeneratedRegex(@"(?<!\d)20\d{2}(?!\d)")]
    private static partial Regex Year();

    /// <summary>
    /// The decision for <paramref name="year"/>: one naming that year if there are several, else one
    /// naming no year at all. A DomainException when the protocol has none.
    /// </summary>
    public static MeetingDatesDecision Find(Protocol protocol, int year)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var candidates = protocol.Items
            .SelectMany(item => item.Decisions.Select(clause => new MeetingDatesDecision(item.Number, clause)))
            .Where(decision => ClockRange.Find(decision.Clause) is not null && DayAndMonth().IsMatch(decision.Clause))
            .ToList();
        if (candidates.Count == 0)
        {
            throw new DomainException(
                $"protocol {protocol.Reference} has no decision that lists meeting dates (an att-clause with a time such as \"8:30 – 13:00\" and dates such as \"23 januari\")");
        }

        var yearText = year.ToString(CultureInfo.InvariantCulture);
        return candidates.FirstOrDefault(c => c.Years().Contains(yearText))
            ?? candidates.FirstOrDefault(c => c.Years().Count == 0)
            ?? throw new DomainException(
                $"the meeting dates decided in protocol {protocol.Reference} (§{candidates[0].ItemNumber}) are for {string.Join(", ", candidates[0].Years())}, not {year}");
    }

    /// <summary>
    /// The meetings the clause plans in <paramref name="year"/>, by date. A list entry with its own
    /// time range ("- 23 januari 9:00–12:00") overrides the clause's.
    /// </summary>
    public IReadOnlyList<PlannedMeeting> Meetings(int year)
    {
        var (start, end) = ClockRange.Read(ClockRange.Find(Clause)!);
        var meetings = new List<PlannedMeeting>();
        var lines = Clause.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var own = i == 0 ? null : ClockRange.Find(lines[i]);
            var (lineStart, lineEnd) = own is null ? (start, end) : ClockRange.Read(own);
            foreach (Match date in DayAndMonth().Matches(lines[i]))
            {
                meetings.Add(PlannedMeeting.At(ToDate(date, year), lineStart, lineEnd));
            }
        }

        return [.. meetings.DistinctBy(m => m.Date).OrderBy(m => m.Date)];
    }

    private List<string> Years() => [.. Year().Matches(Clause).Select(m => m.Value).Distinct()];

    private static DateOnly ToDate(Match match, int year)
    {
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var month = SwedishMonths.Number(match.Groups["month"].Value)!.Value;
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new DomainException($"the meeting date \"{match.Value.Trim()}\" does not exist in {year}");
        }

        return new DateOnly(year, month, day);
    }
}
