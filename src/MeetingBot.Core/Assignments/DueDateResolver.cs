using System.Globalization;
using System.Text.RegularExpressions;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Assignments;

/// <summary>The words of a task that say when it is due, where they stand in it, and the date they name (if any).</summary>
internal sealed record DueWords(int Index, int Length, string Text, DateOnly? Date);

/// <summary>
/// Reads when a task is due: "till styrelsemötet den 31 oktober", "senast den 15 oktober", "under 2026",
/// "till nästa möte", "till mötet i oktober". A date without a year is in the protocol's year, or the
/// next one when that would fall before the meeting (nobody decides work due before the decision).
/// Words that name a meeting of the series are resolved against <c>seriesMeetings</c>; when no such
/// meeting is known the words are kept and the date is null.
/// </summary>
internal sealed partial class DueDateResolver(DateOnly decidedOn, IReadOnlyCollection<DateOnly> seriesMeetings)
{
    private const string Month = "(?<month>" + SwedishMonths.Pattern + @")(?!\p{L})\.?";
    private const string Year = @"(?:\s+(?<year>20\d{2}))?";
    private const string Day = @"(?:den\s+)?(?:(?<day>\d{1,2})(?::[ae])?\s+" + Month + Year + @"|(?<day>\d{1,2})/(?<mon>\d{1,2}))";
    private const string Meeting = @"(?:\p{L}+)?(?:mötet|möte|sammanträdet|sammanträde)";
    private const string Towards = @"(?:till|på|vid|inför|före)";

    [GeneratedRegex(@"\b" + Towards + @"\s+" + Meeting + @"\s+" + Day, RegexOptions.IgnoreCase)]
    private static partial Regex NamedMeetingOnDate();

    [GeneratedRegex(@"\b(?:senast|till|före|innan|per)\s+" + Day, RegexOptions.IgnoreCase)]
    private static partial Regex ByDate();

    [GeneratedRegex(@"\b" + Towards + @"\s+nästa\s+" + Meeting, RegexOptions.IgnoreCase)]
    private static partial Regex NextMeeting();

    [GeneratedRegex(@"\b" + Towards + @"\s+" + Meeting + @"\s+i\s+" + Month + Year, RegexOptions.IgnoreCase)]
    private static partial Regex MeetingInMonth();

    [GeneratedRegex(@"\bsenast\s+(?:i\s+|under\s+)?(?:slutet\s+av\s+)?" + Month + Year, RegexOptions.IgnoreCase)]
    private static partial Regex ByMonth();

    [GeneratedRegex(@"\b(?:under|före\s+utgången\s+av|senast\s+under|till\s+slutet\s+av)\s+(?:(?<half>våren|hösten)\s+)?(?<year>20\d{2})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DuringYear();

    [GeneratedRegex(@"\b(?:under|senast\s+under)\s+(?<half>våren|hösten)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DuringHalf();

    public DueWords? Find(string task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return Try(NamedMeetingOnDate(), task, OnDate)
            ?? Try(NextMeeting(), task, _ => seriesMeetings.Where(d => d > decidedOn).Order().Cast<DateOnly?>().FirstOrDefault())
            ?? Try(MeetingInMonth(), task, InMonthsMeeting)
            ?? Try(ByDate(), task, OnDate)
            ?? Try(ByMonth(), task, EndOfMonth)
            ?? Try(DuringYear(), task, EndOfPeriod)
            ?? Try(DuringHalf(), task, EndOfPeriod);
    }

    private static DueWords? Try(Regex pattern, string task, Func<Match, DateOnly?> date)
    {
        var match = pattern.Match(task);
        return match.Success ? new DueWords(match.Index, match.Length, match.Value.Trim(), date(match)) : null;
    }

    private DateOnly? OnDate(Match match)
    {
        var day = Number(match, "day");
        var month = match.Groups["mon"].Success ? Number(match, "mon") : SwedishMonths.Number(match.Groups["month"].Value)!.Value;
        if (month is < 1 or > 12)
        {
            return null;
        }

        return InYear(match, year => day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null);
    }

    private DateOnly? EndOfMonth(Match match)
    {
        var month = SwedishMonths.Number(match.Groups["month"].Value)!.Value;
        return InYear(match, year => new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
    }

    private DateOnly? InMonthsMeeting(Match match)
    {
        var month = SwedishMonths.Number(match.Groups["month"].Value)!.Value;
        return seriesMeetings
            .Where(d => d.Month == month && d > decidedOn && (!match.Groups["year"].Success || d.Year == Number(match, "year")))
            .Order()
            .Cast<DateOnly?>()
            .FirstOrDefault();
    }

    private DateOnly? EndOfPeriod(Match match)
    {
        var year = match.Groups["year"].Success ? Number(match, "year") : decidedOn.Year;
        return match.Groups["half"].Value.ToLowerInvariant() == "våren" ? new DateOnly(year, 6, 30) : new DateOnly(year, 12, 31);
    }

    /// <summary>The date in the year written, else the protocol's year, else the next one if that is already past.</summary>
    private DateOnly? InYear(Match match, Func<int, DateOnly?> inYear)
    {
        if (match.Groups["year"].Success)
        {
            return inYear(Number(match, "year"));
        }

        var date = inYear(decidedOn.Year);
        return date is { } d && d < decidedOn ? inYear(decidedOn.Year + 1) : date;
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
}
