using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Storage;

/// <summary>
/// Lets the writes that run many at once (the scheduler's, and the posted copies a fan-out remembers)
/// take turns in the process instead of colliding in SQLite; one instance is registered for the process: a writer that finds the file locked is put to sleep by Microsoft.Data.Sqlite for 150 ms
/// before it tries again, and with a fan-out's concurrent delivery rows those sleeps were a third of the
/// fan-out's time (docs/design-scheduling.md). SQLite allows one writer anyway and serves one instance,
/// so queueing here costs nothing. Each write keeps its own transaction; only the order changes.
/// PostgreSQL is not gated: it locks rows, not the database.
/// </summary>
internal sealed class SqliteWriteGate
{
    private readonly SemaphoreSlim turn = new(1, 1);

    public async Task<Turn> EnterAsync(MeetingBotDbContext db, CancellationToken cancellationToken)
    {
        // The provider's own context type: IsSqlite() builds an assembly name on every call, and every write asks.
        if (db is not SqliteMeetingBotDbContext)
        {
            return new Turn(null);
        }

        await turn.WaitAsync(cancellationToken);
        return new Turn(turn);
    }

    internal readonly struct Turn(SemaphoreSlim? held) : IDisposable
    {
        public void Dispose() => held?.Release();
    }
}
