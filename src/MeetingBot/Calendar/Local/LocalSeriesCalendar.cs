using MeetingBot.Core.Calendar;
using MeetingBot.Core.Series;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Calendar.Local;

/// <summary>
/// The series kept in the app database, for running without a tenant. Nobody is invited by mail;
/// members get the meetings as an .ics file. Cancelled meetings are kept (marked) so the .ics can
/// tell calendars to remove them, and so a rerun does not bring them back.
/// </summary>
internal sealed class LocalSeriesCalendar(IDbContextFactory<MeetingBotDbContext> factory, TimeProvider time) : ISeriesCalendar
{
    public async Task<SeriesCreation> CreateMissingAsync(SeriesDefinition series, IReadOnlyList<PlannedMeeting> meetings, CancellationToken cancellationToken)
    {
        var existing = await RowsAsync(series.SeriesId, cancellationToken);
        var planned = existing.Select(e => e.PlannedDate).ToHashSet();
        List<CalendarEvent> created = [];
        foreach (var meeting in meetings.Where(m => !planned.Contains(m.Date)))
        {
            await using var db = factory.CreateDbContext();
            var row = NewRow(series, meeting);
            db.Set<LocalCalendarEventRow>().Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                created.Add(ToEvent(row));
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
            {
                // A concurrent run created this date first; the unique index kept it single.
            }
        }

        return new SeriesCreation([.. existing.Select(ToEvent)], created, [], OnlineMeetingsRequested: false);
    }

    public async Task<IReadOnlyList<CalendarEvent>> ListAsync(string seriesId, CancellationToken cancellationToken) =>
        [.. (await RowsAsync(seriesId, cancellationToken)).Select(ToEvent)];

    /// <summary>Nobody answers a local calendar; replies come through Teams. Every attendee is listed unanswered.</summary>
    public async Task<IReadOnlyList<MeetingResponses>> ReadResponsesAsync(string seriesId, CancellationToken cancellationToken) =>
    [
        .. (await RowsAsync(seriesId, cancellationToken)).Where(r => !r.IsCancelled).Select(r => new MeetingResponses(
            r.Date, r.ExternalId, [.. r.AttendeeEmails.Select(e => new AttendeeResponse(e, CalendarResponse.None, null))])),
    ];

    public async Task<CalendarEvent> MoveAsync(string seriesId, DateOnly date, PlannedMeeting to, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var row = await FindAsync(db, seriesId, date, cancellationToken);
        (row.Date, row.StartLocal, row.EndLocal, row.StartUtc, row.EndUtc) = (to.Date, to.StartLocal, to.EndLocal, to.StartUtc, to.EndUtc);
        row.Sequence++;
        row.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return ToEvent(row);
    }

    public async Task SetLocationAsync(string seriesId, DateOnly date, string location, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var row = await FindAsync(db, seriesId, date, cancellationToken);
        row.Location = location;
        row.Sequence++;
        row.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task CancelAsync(string seriesId, DateOnly date, string comment, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var row = await FindAsync(db, seriesId, date, cancellationToken);
        row.IsCancelled = true;
        row.CancelComment = comment;
        row.Sequence++;
        row.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The rows themselves, for the .ics export (which needs subject, location and sequence).</summary>
    public async Task<IReadOnlyList<LocalCalendarEventRow>> RowsAsync(string seriesId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.Set<LocalCalendarEventRow>().AsNoTracking().Where(r => r.SeriesId == seriesId).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Date)];
    }

    private static async Task<LocalCalendarEventRow> FindAsync(MeetingBotDbContext db, string seriesId, DateOnly date, CancellationToken cancellationToken) =>
        await db.Set<LocalCalendarEventRow>().SingleOrDefaultAsync(r => r.SeriesId == seriesId && r.Date == date && !r.IsCancelled, cancellationToken)
        ?? throw new CalendarException($"no meeting of {seriesId} on {date:yyyy-MM-dd} in the local calendar");

    private LocalCalendarEventRow NewRow(SeriesDefinition series, PlannedMeeting meeting) => new()
    {
        ExternalId = Guid.NewGuid().ToString(),
        SeriesId = series.SeriesId,
        PlannedDate = meeting.Date,
        Date = meeting.Date,
        StartLocal = meeting.StartLocal,
        EndLocal = meeting.EndLocal,
        StartUtc = meeting.StartUtc,
        EndUtc = meeting.EndUtc,
        Subject = series.Subject,
        Location = series.Location,
        AgendaUrl = series.AgendaUrl(meeting.Date)?.AbsoluteUri,
        AttendeeEmails = [.. series.Invitable.Select(m => RosterStore.NormaliseEmail(m.Email)!)],
        UpdatedAt = time.GetUtcNow(),
    };

    private static CalendarEvent ToEvent(LocalCalendarEventRow r) =>
        new(r.ExternalId, r.PlannedDate, r.Date, r.StartUtc, r.EndUtc, null, false, r.IsCancelled, r.Sequence);
}
