using MeetingBot.Assignments;
using MeetingBot.Core.Protocols;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Storage;

/// <summary>Whether saving a protocol added it or replaced the one with the same number and year.</summary>
internal enum ProtocolSaveOutcome
{
    Created,
    Replaced,
}

/// <summary>
/// Protocols and their decisions. A protocol is identified by number and year: saving one that is
/// already stored replaces it whole. The unique index on (number, year) decides which save creates
/// it, so two concurrent imports of the same protocol leave one row, never two. Every save syncs the
/// protocol's assignments (<see cref="AssignmentSync"/>) in the same transaction.
/// </summary>
internal sealed class ProtocolStore(IDbContextFactory<MeetingBotDbContext> factory, TimeProvider time)
{
    public async Task<ProtocolSaveOutcome> SaveAsync(Protocol protocol, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(protocol);

        // Replace first: re-imports are the common case, and an insert that the index refuses gets
        // logged as a failed command. The insert only loses a race when another import of the same
        // protocol got there first; the loop then replaces that one.
        while (true)
        {
            if (await TryReplaceAsync(protocol, cancellationToken))
            {
                return ProtocolSaveOutcome.Replaced;
            }

            if (await TryInsertAsync(protocol, cancellationToken))
            {
                return ProtocolSaveOutcome.Created;
            }
        }
    }

    /// <summary>
    /// Stores a new protocol finalised from a meeting. False, storing nothing, when its number is
    /// taken in its year or the meeting already has a protocol: the unique indexes decide, so two
    /// concurrent finalisations cannot both win. Never replaces a stored protocol.
    /// </summary>
    public async Task<bool> TryCreateForMeetingAsync(Protocol protocol, int meetingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var row = ProtocolRows.ToRow(protocol, time.GetUtcNow());
        row.MeetingId = meetingId;
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Protocols.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await AssignmentSync.SyncAsync(db, row.Id, protocol, meetingId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return false;
        }
    }

    /// <summary>The protocol finalised from a meeting, or null while it has none.</summary>
    public async Task<Protocol?> FindByMeetingAsync(int meetingId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var row = await WithChildren(db.Protocols.AsNoTracking()).SingleOrDefaultAsync(p => p.MeetingId == meetingId, cancellationToken);
        return row is null ? null : ProtocolRows.ToProtocol(row);
    }

    /// <summary>The numbers already used in <paramref name="year"/>, imported protocols included.</summary>
    public async Task<IReadOnlyList<int>> NumbersAsync(int year, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Protocols.Where(p => p.Year == year && p.Number != null).Select(p => p.Number!.Value).ToListAsync(cancellationToken);
    }

    /// <summary>Every stored protocol, oldest meeting first.</summary>
    public async Task<IReadOnlyList<Protocol>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var rows = await WithChildren(db.Protocols.AsNoTracking()).ToListAsync(cancellationToken);
        return [.. rows.Select(ProtocolRows.ToProtocol).OrderBy(p => p.Date).ThenBy(p => p.Year).ThenBy(p => p.Number)];
    }

    /// <summary>
    /// Changes whenever a protocol is saved: the number of protocols and the sum of their
    /// revisions. Lets readers rebuild derived indexes only when something changed.
    /// </summary>
    public async Task<(int Count, long Revisions)> VersionAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var count = await db.Protocols.CountAsync(cancellationToken);
        var revisions = count == 0 ? 0 : await db.Protocols.SumAsync(p => (long)p.Revision, cancellationToken);
        return (count, revisions);
    }

    private async Task<bool> TryInsertAsync(Protocol protocol, CancellationToken cancellationToken)
    {
        var row = ProtocolRows.ToRow(protocol, time.GetUtcNow());
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Protocols.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await AssignmentSync.SyncAsync(db, row.Id, protocol, null, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return false;
        }
    }

    private async Task<bool> TryReplaceAsync(Protocol protocol, CancellationToken cancellationToken)
    {
        var row = ProtocolRows.ToRow(protocol, time.GetUtcNow());
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The update comes first because it takes the row lock: a concurrent replace of the same
        // protocol waits here instead of interleaving its deletes and inserts with ours.
        var existing = db.Protocols.Where(p => p.Number == row.Number && p.Year == row.Year);
        var updated = await existing.ExecuteUpdateAsync(
            set => set
                .SetProperty(p => p.Revision, p => p.Revision + 1)
                .SetProperty(p => p.Title, row.Title)
                .SetProperty(p => p.Date, row.Date)
                .SetProperty(p => p.Start, row.Start)
                .SetProperty(p => p.End, row.End)
                .SetProperty(p => p.Location, row.Location)
                .SetProperty(p => p.Room, row.Room)
                .SetProperty(p => p.State, row.State)
                .SetProperty(p => p.SavedAt, row.SavedAt),
            cancellationToken);
        if (updated == 0)
        {
            return false;
        }

        var stored = await existing.Select(p => new { p.Id, p.MeetingId }).SingleAsync(cancellationToken);
        var (id, meetingId) = (stored.Id, stored.MeetingId);
        await db.ProtocolParticipants.Where(p => p.ProtocolId == id).ExecuteDeleteAsync(cancellationToken);
        await db.ProtocolItems.Where(i => i.ProtocolId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Decisions.Where(d => d.ProtocolId == id).ExecuteDeleteAsync(cancellationToken);

        row.Participants.ForEach(p => p.ProtocolId = id);
        row.Items.ForEach(i => i.ProtocolId = id);
        row.Decisions.ForEach(d => d.ProtocolId = id);
        db.AddRange(row.Participants);
        db.AddRange(row.Items);
        db.AddRange(row.Decisions);
        await db.SaveChangesAsync(cancellationToken);
        await AssignmentSync.SyncAsync(db, id, protocol, meetingId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static IQueryable<ProtocolRow> WithChildren(IQueryable<ProtocolRow> protocols) =>
        protocols.Include(p => p.Participants).Include(p => p.Items).Include(p => p.Decisions).AsSplitQuery();
}
