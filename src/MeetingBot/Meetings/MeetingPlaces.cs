using MeetingBot.Core.Calendar;
using MeetingBot.Core.Meetings;
using MeetingBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Meetings;

/// <summary>
/// Where meetings are held, as the secretariat sets it in chat. The stored meeting is the truth the
/// agenda card, the agenda page and the protocol draft read; the calendar (the Outlook invitation)
/// follows for meetings that are in it. A calendar failure leaves the stored place set and is reported.
/// </summary>
internal sealed class MeetingPlaces(IDbContextFactory<MeetingBotDbContext> factory, ISeriesCalendar calendar, ILogger<MeetingPlaces> logger)
{
    /// <returns>
    /// How many meetings have no calendar event yet (the series is not created; the events will carry the
    /// configured place, so the command is to be repeated after creating it) and how many events failed.
    /// </returns>
    public async Task<(int NotInCalendar, int Failed)> SetAsync(IReadOnlyList<Meeting> meetings, string place, CancellationToken cancellationToken)
    {
        var ids = meetings.Where(m => m.State != MeetingState.Cancelled).Select(m => m.Id).ToList();
        await using var db = factory.CreateDbContext();
        var rows = await db.Meetings.Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            row.Location = place;
        }

        await db.SaveChangesAsync(cancellationToken);

        var failed = 0;
        foreach (var row in rows.Where(r => r.ExternalEventId is not null).OrderBy(r => r.Date))
        {
            try
            {
                await calendar.SetLocationAsync(row.SeriesKey, row.Date, place, cancellationToken);
            }
            catch (CalendarException ex)
            {
                MeetingsLog.CalendarPlaceFailed(logger, row.Id, ex);
                failed++;
            }
        }

        return (rows.Count(r => r.ExternalEventId is null), failed);
    }
}
