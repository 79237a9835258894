namespace MeetingBot.Core.Scheduling;

/// <summary>
/// When each job of a meeting falls due. Leads are whole days before the meeting's local date,
/// at <see cref="SendAtLocal"/> (or the meeting's own start time when unset), so "7 days before
/// 09:00" is 09:00 in Stockholm whichever side of a daylight-saving change the two dates fall.
/// </summary>
public sealed record ScheduleRules(
    int AgendaDaysBefore,
    int EmptyAgendaDaysBefore,
    int ReminderDaysBefore,
    TimeSpan DraftOfferAfterEnd,
    TimeOnly? SendAtLocal,
    TimeSpan DraftOfferUsefulFor)
{
    public static ScheduleRules Default { get; } = new(7, 10, 2, TimeSpan.Zero, null, TimeSpan.FromDays(7));
}
