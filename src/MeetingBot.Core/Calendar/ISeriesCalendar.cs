using MeetingBot.Core.Series;

namespace MeetingBot.Core.Calendar;

/// <summary>
/// The calendar that holds a meeting series: Outlook through Microsoft Graph, or the app's own
/// database when no tenant is configured. Meetings are single events grouped by the series id;
/// a meeting is addressed by its local date, which is unique within a series.
/// </summary>
/// <remarks>
/// <see cref="CreateMissingAsync"/> is idempotent: it reads the series back first and creates only
/// the dates that are missing, so a rerun (or a rerun after a crash) leaves exactly one event per date.
/// Failures for single dates are reported in the result, not thrown; a failure of the calendar as a
/// whole (unreachable, not authorised to read) throws <see cref="CalendarException"/>.
/// </remarks>
public interface ISeriesCalendar
{
    Task<SeriesCreation> CreateMissingAsync(SeriesDefinition series, IReadOnlyList<PlannedMeeting> meetings, CancellationToken cancellationToken);

    Task<IReadOnlyList<CalendarEvent>> ListAsync(string seriesId, CancellationToken cancellationToken);

    /// <summary>Every meeting's attendee responses, read in one go.</summary>
    Task<IReadOnlyList<MeetingResponses>> ReadResponsesAsync(string seriesId, CancellationToken cancellationToken);

    /// <summary>Moves the meeting on <paramref name="date"/>; attendees get the calendar's update.</summary>
    Task<CalendarEvent> MoveAsync(string seriesId, DateOnly date, PlannedMeeting to, CancellationToken cancellationToken);

    /// <summary>
    /// Sets where the meeting on <paramref name="date"/> is held; attendees get the calendar's update.
    /// Throws <see cref="CalendarException"/> when the calendar has no meeting that day.
    /// </summary>
    Task SetLocationAsync(string seriesId, DateOnly date, string location, CancellationToken cancellationToken);

    /// <summary>Cancels the meeting on <paramref name="date"/>; attendees get the calendar's cancellation.</summary>
    Task CancelAsync(string seriesId, DateOnly date, string comment, CancellationToken cancellationToken);
}
