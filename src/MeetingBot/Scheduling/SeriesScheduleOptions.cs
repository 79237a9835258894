using MeetingBot.Core.Scheduling;

namespace MeetingBot.Scheduling;

/// <summary>
/// One series' departures from the <c>Scheduling</c> defaults, bound from
/// <c>Scheduling:Series:{series key}</c> (e.g. <c>Scheduling:Series:kommundirektorsmote-2026:AgendaDaysBefore=10</c>).
/// Only what is set overrides; the rest comes from the defaults.
/// </summary>
internal sealed class SeriesScheduleOptions
{
    public int? AgendaDaysBefore { get; set; }

    public int? EmptyAgendaDaysBefore { get; set; }

    public int? ReminderDaysBefore { get; set; }

    public TimeOnly? SendAtLocal { get; set; }

    public TimeSpan? DraftOfferAfterEnd { get; set; }

    public TimeSpan? DraftOfferUsefulFor { get; set; }

    public ScheduleRules Over(ScheduleRules defaults) => new(
        AgendaDaysBefore ?? defaults.AgendaDaysBefore,
        EmptyAgendaDaysBefore ?? defaults.EmptyAgendaDaysBefore,
        ReminderDaysBefore ?? defaults.ReminderDaysBefore,
        DraftOfferAfterEnd ?? defaults.DraftOfferAfterEnd,
        SendAtLocal ?? defaults.SendAtLocal,
        DraftOfferUsefulFor ?? defaults.DraftOfferUsefulFor);
}
