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
/// it, so two concurrent imports of the same protocol leave one row, never two.
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

    public async Task<Protocol?> FindAsync(int number, int year, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var row = await WithChildren(db.Protocols.AsNoTracking())
            .SingleOrDefaultAsync(p => p.Number == number && p.Year == year, cancellationToken);
        return row is null ? null : ProtocolRows.ToProtocol(row);
    }

    private async Task<bool> TryInsertAsync(Protocol protocol, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        db.Protocols.Add(ProtocolRows.ToRow(protocol, time.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
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

        var id = await existing.Select(p => p.Id).SingleAsync(cancellationToken);
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
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static IQueryable<ProtocolRow> WithChildren(IQueryable<ProtocolRow> protocols) =>
        protocols.Include(p => p.Participants).Include(p => p.Items).Include(p => p.Decisions).AsSplitQuery();
}
