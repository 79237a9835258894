using MeetingBot.Core.Calendar;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Series;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Meetings;

/// <summary>
/// Keeps the Meetings rows of a series in step with its plan and its calendar: one row per planned
/// date (the unique index on series and date makes a rerun add nothing), then the calendar's event
/// id, join link, current date and cancellation copied onto the row that event was created for.
/// </summary>
internal sealed class SeriesMeetingRows(IDbContextFactory<MeetingBotDbContext> factory)
{
    public async Task AddPlannedAsync(
        string seriesKey, string title, string location, IReadOnlyList<PlannedMeeting> plan, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var existing = (await db.Meetings.Where(m => m.SeriesKey == seriesKey).Select(m => m.Date).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var planned in plan.Where(p => !existing.Contains(p.Date)))
        {
            await using var insert = factory.CreateDbContext();
            insert.Meetings.Add(new MeetingRow
            {
                SeriesKey = seriesKey,
                Title = title,
                Date = planned.Date,
                StartLocal = planned.StartLocal,
                EndLocal = planned.EndLocal,
                TimeZoneId = StockholmTime.IanaId,
                StartUtc = planned.StartUtc,
                EndUtc = planned.EndUtc,
                Location = location,
                State = MeetingState.Planned,
            });
            try
            {
                await insert.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
            {
                // A concurrent run added this date first; the index kept it single.
            }
        }
    }

    /// <summary>
    /// The meetings of a series whose place the secretariat set in chat to something other than the
    /// series' configured place, by event id: their invitations were created with the configured one.
    /// </summary>
    public async Task<IReadOnlyList<(int MeetingId, DateOnly Date, string Place)>> PlacesSetInChatAsync(
        string seriesKey, string configuredPlace, IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.Meetings.AsNoTracking()
            .Where(m => m.SeriesKey == seriesKey && m.ExternalEventId != null && eventIds.Contains(m.ExternalEventId))
            .Select(m => new { m.Id, m.Date, m.Location })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Where(r => !string.IsNullOrWhiteSpace(r.Location) && r.Location != configuredPlace)
            .OrderBy(r => r.Date)
            .Select(r => (r.Id, r.Date, r.Location!))];
    }

    /// <summary>
    /// Copies the calendar's view onto the rows: an event is matched by its id, else by the date it
    /// was planned for. Events whose date has no row (created by hand in Outlook) are left alone.
    /// </summary>
    public async Task ApplyAsync(string seriesKey, IEnumerable<CalendarEvent> events, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.Meetings.Where(m => m.SeriesKey == seriesKey).ToListAsync(cancellationToken);
        foreach (var e in events)
        {
            var row = rows.FirstOrDefault(r => r.ExternalEventId == e.ExternalId)
                ?? rows.FirstOrDefault(r => r.ExternalEventId is null && r.Date == e.PlannedDate);
            if (row is null)
            {
                continue;
            }

            row.ExternalEventId = e.ExternalId;
            row.JoinUrl = e.JoinUrl?.AbsoluteUri ?? row.JoinUrl;
            if (e.IsCancelled)
            {
                row.State = MeetingState.Cancelled;
            }

            if (row.Date != e.Date || row.StartUtc != e.Start || row.EndUtc != e.End)
            {
                Move(row, e, rows);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Marks the meeting planned for <paramref name="plannedDate"/> cancelled (the scheduler remembers cancellations by planned date).</summary>
    public async Task CancelAsync(string seriesKey, DateOnly date, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        await db.Meetings.Where(m => m.SeriesKey == seriesKey && m.Date == date)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.State, MeetingState.Cancelled), cancellationToken);
    }

    private static void Move(MeetingRow row, CalendarEvent e, List<MeetingRow> rows)
    {
        // A moved meeting keeps its row (and its agenda and answers); only when another row already
        // holds the new date would the unique index refuse, and then the calendar is left to win later.
        if (rows.Any(r => r != row && r.Date == e.Date))
        {
            return;
        }

        var start = StockholmTime.ToLocal(e.Start);
        var end = StockholmTime.ToLocal(e.End);
        row.Date = e.Date;
        row.StartLocal = TimeOnly.FromDateTime(start.DateTime);
        row.EndLocal = TimeOnly.FromDateTime(end.DateTime);
        row.StartUtc = e.Start.ToUniversalTime();
        row.EndUtc = e.End.ToUniversalTime();
    }
}
