using MeetingBot.Core.Series;

namespace MeetingBot.Core.Scheduling;

/// <summary>
/// The jobs of one meeting. Both agenda jobs are planned: whether the agenda has items is decided
/// when each falls due (<see cref="JobRelevance"/>), because items are usually added in the days between.
/// A cancelled meeting has no jobs.
/// </summary>
public static class MeetingJobPlanner
{
    public static IReadOnlyList<PlannedJob> Plan(ScheduledMeeting meeting, ScheduleRules rules)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(rules);
        if (meeting.Cancelled)
        {
            return [];
        }

        return
        [
            new(JobKind.RemindEmptyAgenda, meeting.Key, DaysBefore(meeting, rules.EmptyAgendaDaysBefore, rules)),
            new(JobKind.PostAgenda, meeting.Key, DaysBefore(meeting, rules.AgendaDaysBefore, rules)),
            new(JobKind.RemindUnanswered, meeting.Key, DaysBefore(meeting, rules.ReminderDaysBefore, rules)),
            new(JobKind.OfferDraft, meeting.Key, meeting.EndUtc + rules.DraftOfferAfterEnd),
        ];
    }

    /// <summary>The same local clock time on an earlier local date; the UTC offset is that date's own.</summary>
    public static DateTimeOffset DaysBefore(ScheduledMeeting meeting, int days, ScheduleRules rules)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(rules);
        return StockholmTime.ToInstant(meeting.Date.AddDays(-days), rules.SendAtLocal ?? meeting.StartLocal).ToUniversalTime();
    }
}
