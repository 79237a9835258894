using MeetingBot.Core.Calendar;
using MeetingBot.Core.Series;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Calendar;

/// <summary>
/// The series operations the CLI (and later the bot) run: create the year's meetings, move or cancel
/// one. Remembers cancellations, because Outlook forgets a cancelled event and a rerun must not revive it.
/// Every operation also updates the Meetings rows, so agendas and answers follow the calendar.
/// </summary>
internal sealed class SeriesScheduler(
    ISeriesCalendar calendar, SeriesDefinitions definitions, IDbContextFactory<MeetingBotDbContext> factory, TimeProvider time,
    SeriesMeetingRows meetingRows, ILogger<SeriesScheduler> logger)
{
    public async Task<(SeriesDefinition Series, SeriesCreation Result, IReadOnlyList<DateOnly> Cancelled)> CreateAsync(
        int year, IReadOnlyList<PlannedMeeting> meetings, CancellationToken cancellationToken)
    {
        var series = await definitions.ForYearAsync(year, cancellationToken);
        var cancelled = await CancelledAsync(series.SeriesId, cancellationToken);
        var result = await calendar.CreateMissingAsync(series, [.. meetings.Where(m => !cancelled.Contains(m.Date))], cancellationToken);
        await meetingRows.AddPlannedAsync(series.SeriesId, series.Subject, series.Location, meetings, cancellationToken);
        await meetingRows.ApplyAsync(series.SeriesId, result.All, cancellationToken);
        await CarryPlacesSetInChatAsync(series, result.Created, cancellationToken);
        foreach (var date in cancelled)
        {
            await meetingRows.CancelAsync(series.SeriesId, date, cancellationToken);
        }

        return (series, result, [.. meetings.Select(m => m.Date).Where(cancelled.Contains)]);
    }

    public async Task<CalendarEvent> MoveAsync(DateOnly date, PlannedMeeting to, CancellationToken cancellationToken)
    {
        var seriesId = SeriesDefinition.IdForYear(date.Year);
        var moved = await calendar.MoveAsync(seriesId, date, to, cancellationToken);
        await meetingRows.ApplyAsync(seriesId, [moved], cancellationToken);
        return moved;
    }

    public async Task CancelAsync(DateOnly date, string comment, CancellationToken cancellationToken)
    {
        var seriesId = SeriesDefinition.IdForYear(date.Year);
        var meeting = (await calendar.ListAsync(seriesId, cancellationToken)).FirstOrDefault(e => e.Date == date && !e.IsCancelled)
            ?? throw new CalendarException($"no meeting of {seriesId} on {date:yyyy-MM-dd}");

        // Recorded first: if the calendar call fails, a retry still cancels, and a rerun of create
        // does not re-invite to a meeting the secretariat meant to cancel.
        await RecordAsync(seriesId, meeting.PlannedDate, comment, cancellationToken);
        await calendar.CancelAsync(seriesId, date, comment, cancellationToken);
        await meetingRows.CancelAsync(seriesId, date, cancellationToken);
    }

    /// <summary>
    /// A place the secretariat set with "plats …" before the series existed lives only on the stored
    /// meeting; the invitations just created carry the configured place, so each such one is corrected.
    /// A failure leaves the stored place (which the card and the draft show) and is logged.
    /// </summary>
    private async Task CarryPlacesSetInChatAsync(SeriesDefinition series, IReadOnlyList<CalendarEvent> created, CancellationToken cancellationToken)
    {
        if (created.Count == 0)
        {
            return;
        }

        var places = await meetingRows.PlacesSetInChatAsync(series.SeriesId, series.Location, [.. created.Select(e => e.ExternalId)], cancellationToken);
        foreach (var (meetingId, date, place) in places)
        {
            try
            {
                await calendar.SetLocationAsync(series.SeriesId, date, place, cancellationToken);
            }
            catch (CalendarException ex)
            {
                MeetingsLog.CalendarPlaceFailed(logger, meetingId, ex);
            }
        }
    }

    private async Task<HashSet<DateOnly>> CancelledAsync(string seriesId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return [.. await db.Set<SeriesCancellationRow>().Where(c => c.SeriesId == seriesId).Select(c => c.PlannedDate).ToListAsync(cancellationToken)];
    }

    private async Task RecordAsync(string seriesId, DateOnly plannedDate, string comment, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        db.Set<SeriesCancellationRow>().Add(new SeriesCancellationRow
        {
            SeriesId = seriesId, PlannedDate = plannedDate, Comment = comment, CancelledAt = time.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Already recorded by an earlier attempt.
        }
    }
}
