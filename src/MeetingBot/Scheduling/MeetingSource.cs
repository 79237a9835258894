using MeetingBot.Core.Meetings;
using MeetingBot.Core.Scheduling;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Scheduling;

/// <summary>The meetings jobs are planned from and checked against, read from the Meetings table.</summary>
internal sealed class MeetingSource(IDbContextFactory<MeetingBotDbContext> contexts)
{
    /// <summary>Meetings that end after <paramref name="endsAfter"/>: the only ones that can still have useful jobs.</summary>
    public async Task<IReadOnlyList<ScheduledMeeting>> UpcomingAsync(DateTimeOffset endsAfter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Meetings.AsNoTracking().Where(m => m.EndUtc > endsAfter)
            .Select(m => new { m.SeriesKey, m.Date, m.StartLocal, m.EndLocal, m.State, Items = m.AgendaItems.Count })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(m => new ScheduledMeeting(MeetingKey.Of(m.SeriesKey, m.Date), m.Date, m.StartLocal, m.EndLocal, m.State == MeetingState.Cancelled, m.Items))];
    }

    public async Task<ScheduledMeeting?> FindAsync(string meetingKey, CancellationToken cancellationToken)
    {
        if (!MeetingKey.TryParse(meetingKey, out var series, out var date))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Meetings.AsNoTracking().Where(m => m.SeriesKey == series && m.Date == date)
            .Select(m => new { m.StartLocal, m.EndLocal, m.State, Items = m.AgendaItems.Count })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : new ScheduledMeeting(meetingKey, date, row.StartLocal, row.EndLocal, row.State == MeetingState.Cancelled, row.Items);
    }

    /// <summary>The meeting with the stored id, as jobs see it; null when there is none.</summary>
    public async Task<ScheduledMeeting?> FindByIdAsync(int meetingId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId).Select(m => new { m.SeriesKey, m.Date }).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : await FindAsync(MeetingKey.Of(row.SeriesKey, row.Date), cancellationToken);
    }

    /// <summary>The meetings on a local date, in any series.</summary>
    public async Task<IReadOnlyList<ScheduledMeeting>> OnDateAsync(DateOnly date, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Meetings.AsNoTracking().Where(m => m.Date == date)
            .Select(m => new { m.SeriesKey, m.StartLocal, m.EndLocal, m.State, Items = m.AgendaItems.Count })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(m => new ScheduledMeeting(MeetingKey.Of(m.SeriesKey, date), date, m.StartLocal, m.EndLocal, m.State == MeetingState.Cancelled, m.Items))];
    }
}
