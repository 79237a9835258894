using MeetingBot.Core.Assignments;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Assignments;

/// <summary>The register of assignments: listing them and marking one done. They are written by <see cref="ProtocolStore"/>.</summary>
internal sealed class AssignmentStore(IDbContextFactory<MeetingBotDbContext> factory, TimeProvider time)
{
    /// <summary>Every assignment, or only the open ones, by due date (undated last), then protocol, item and clause.</summary>
    public async Task<IReadOnlyList<TrackedAssignment>> ListAsync(bool openOnly, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var query = db.Assignments.AsNoTracking();
        if (openOnly)
        {
            query = query.Where(a => !a.Done);
        }

        var rows = await query.ToListAsync(cancellationToken);
        return [.. rows
            .OrderBy(r => r.Due is null).ThenBy(r => r.Due)
            .ThenBy(r => r.ProtocolYear).ThenBy(r => r.ProtocolNumber).ThenBy(r => r.ItemNumber).ThenBy(r => r.Position)
            .Select(ToTracked)];
    }

    public async Task<TrackedAssignment?> FindAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.Assignments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return row is null ? null : ToTracked(row);
    }

    /// <summary>
    /// Marks an assignment done, by whom and now. Null when there is no such assignment; one already
    /// done is returned as it is, keeping who marked it first.
    /// </summary>
    public async Task<TrackedAssignment?> MarkDoneAsync(int id, string? by, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        await db.Assignments.Where(a => a.Id == id && !a.Done).ExecuteUpdateAsync(
            set => set
                .SetProperty(a => a.Done, true)
                .SetProperty(a => a.DoneBy, by)
                .SetProperty(a => a.DoneAt, time.GetUtcNow()),
            cancellationToken);
        return await FindAsync(id, cancellationToken);
    }

    private static TrackedAssignment ToTracked(AssignmentRow row) => new(
        row.Id,
        new Assignment(row.ProtocolNumber, row.ProtocolYear, row.ItemNumber, row.Position, row.Owner, row.Task, row.Due, row.DueText),
        row.Done,
        row.DoneBy,
        row.DoneAt);
}
