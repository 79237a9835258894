using MeetingBot.Core.Series;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Commands;

/// <summary>How a command names its meeting: by a date as people write it, or "nästa möte".</summary>
public sealed record MeetingReference(SwedishDate? Date)
{
    public static MeetingReference Next { get; } = new((SwedishDate?)null);

    public bool IsNext => Date is null;

    /// <summary>
    /// The local date of the meeting meant, given the meetings' start instants and now. A date
    /// without a year is the next such date from today (Stockholm), so "23 januari" said in December
    /// means next January; "nästa möte" is the first meeting that has not yet started. Null when
    /// there is no such meeting.
    /// </summary>
    public DateOnly? Resolve(DateTimeOffset now, IEnumerable<DateTimeOffset> meetingStarts)
    {
        ArgumentNullException.ThrowIfNull(meetingStarts);
        var today = DateOnly.FromDateTime(StockholmTime.ToLocal(now).DateTime);
        if (Date is { } date)
        {
            return NextOccurrence(date, today);
        }

        return meetingStarts.Where(start => start > now).Order().Select(start => (DateOnly?)DateOnly.FromDateTime(StockholmTime.ToLocal(start).DateTime)).FirstOrDefault();
    }

    private static DateOnly? NextOccurrence(SwedishDate date, DateOnly today)
    {
        if (date.Year is { } year)
        {
            return Exists(year, date) ? date.ToDate(year) : null;
        }

        // 29 February waits for the next leap year; every other day is at most a year away.
        for (var candidateYear = today.Year; candidateYear <= today.Year + 8; candidateYear++)
        {
            if (Exists(candidateYear, date) && date.ToDate(candidateYear) >= today)
            {
                return date.ToDate(candidateYear);
            }
        }

        return null;
    }

    private static bool Exists(int year, SwedishDate date) => date.Day <= DateTime.DaysInMonth(year, date.Month);

    public override string ToString() => Date is { } d ? (d.Year is { } y ? SwedishDate.Format(d.ToDate(y)) : $"{d.Day} {SwedishMonths.Name(d.Month)}") : "nästa möte";
}
