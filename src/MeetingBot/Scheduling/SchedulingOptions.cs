using MeetingBot.Core.Scheduling;

namespace MeetingBot.Scheduling;

/// <summary>Bound from <c>Scheduling</c>; validated at start-up by <see cref="SchedulingOptionsValidator"/>.</summary>
internal sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>
    /// Whether this instance runs the schedule. Off, jobs are still planned and listed and another instance
    /// runs them, but a post or reminder asked for in chat is still delivered here (see <see cref="RequestedJobs"/>).
    /// </summary>
    public bool Enabled { get; set; } = true;

    public int AgendaDaysBefore { get; set; } = ScheduleRules.Default.AgendaDaysBefore;

    public int EmptyAgendaDaysBefore { get; set; } = ScheduleRules.Default.EmptyAgendaDaysBefore;

    public int ReminderDaysBefore { get; set; } = ScheduleRules.Default.ReminderDaysBefore;

    /// <summary>Local time of day ("09:00") for the day-based jobs; unset, the meeting's own start time.</summary>
    public TimeOnly? SendAtLocal { get; set; }

    public TimeSpan DraftOfferAfterEnd { get; set; } = ScheduleRules.Default.DraftOfferAfterEnd;

    /// <summary>How long after the meeting a missed draft offer is still worth sending.</summary>
    public TimeSpan DraftOfferUsefulFor { get; set; } = ScheduleRules.Default.DraftOfferUsefulFor;

    /// <summary>The subscription is asked for 4,200 minutes; renewing every 2 days leaves 22 hours for retries (validated at start-up).</summary>
    public TimeSpan SubscriptionRenewalInterval { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How often Outlook answers are re-read as the fallback to change notifications.</summary>
    public TimeSpan RsvpRereadInterval { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a claimed job is ours without renewal; a crashed instance's jobs are taken over after this.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often meetings are re-read to plan new jobs or move jobs of moved meetings.</summary>
    public TimeSpan PlanInterval { get; set; } = TimeSpan.FromMinutes(10);

    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first retry's delay; doubled per attempt, at most an hour.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public int MaxConcurrentJobs { get; set; } = 4;

    /// <summary>Posts of one job in flight at once; the Connector's rate limiter paces them to Teams' limits.</summary>
    public int FanOutConcurrency { get; set; } = 16;

    /// <summary>Per series key, the settings that series does differently; see <see cref="SeriesScheduleOptions"/>.</summary>
    public Dictionary<string, SeriesScheduleOptions> Series { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The defaults, for every series without settings of its own.</summary>
    public ScheduleRules Rules => new(AgendaDaysBefore, EmptyAgendaDaysBefore, ReminderDaysBefore, DraftOfferAfterEnd, SendAtLocal, DraftOfferUsefulFor);

    /// <summary>The rules for the meeting a job key names: its series' own settings over the defaults.</summary>
    public ScheduleRules RulesFor(string meetingKey) =>
        MeetingKey.TryParse(meetingKey, out var series, out _) && Series.TryGetValue(series, out var own) ? own.Over(Rules) : Rules;
}
