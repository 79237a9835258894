using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace MeetingBot.Storage;

/// <summary>
/// Lets the writes that run many at once (the scheduler's, and the posted copies a fan-out remembers)
/// take turns in the process instead of colliding in SQLite; one instance is registered for the process: a writer that finds the file locked is put to sleep by Microsoft.Data.Sqlite for 150 ms
/// before it tries again, and with a fan-out's concurrent delivery rows those sleeps were a third of the
/// fan-out's time (docs/design-scheduling.md). SQLite allows one writer anyway and serves one instance,
/// so queueing here costs nothing. Each write keeps its own transaction; only the order changes.
/// PostgreSQL is not gated: it locks rows, not the database.
/// </summary>
/// <remarks>
/// The two writers every press goes through (the dedupe store's claims and saved responses, and the answers) write
/// on the gate's own connection (<see cref="EnterWriterAsync"/>) rather than on one each. SQLite drops a connection's
/// whole page cache whenever another connection has committed since its last transaction, so two writers taking turns
/// read every page they touched back from the WAL, each turn: 8.6 page reads a press on the load driver, besides the
/// checkpoint's. On one connection its own commits keep the cache, and 0.3 are left; an authenticated RSVP press
/// went from a mean 291 to 271 µs of server CPU over seven interleaved runs (docs/design-storage.md).
/// </remarks>
internal sealed class SqliteWriteGate : IAsyncDisposable
{
    private readonly SemaphoreSlim turn = new(1, 1);
    private SharedWriter? writer;

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

    /// <summary>
    /// Takes the turn and hands out the gate's writer: a context on the one connection the gate keeps open to
    /// <paramref name="db"/>'s database, at <c>synchronous = NORMAL</c> (<see cref="SqliteNormalSync"/>). The context and
    /// its connection are used only within the turn, by one caller at a time. Where there is no such writer
    /// (PostgreSQL, an in-memory database), the turn hands back <paramref name="db"/> itself.
    /// </summary>
    public async Task<WriterTurn> EnterWriterAsync(MeetingBotDbContext db, CancellationToken cancellationToken)
    {
        if (db is not SqliteMeetingBotDbContext)
        {
            return new WriterTurn(null, db, null);
        }

        await turn.WaitAsync(cancellationToken);
        try
        {
            // Opened within the first turn, so two first writers never open two. A turn that left its connection
            // closed or inside a transaction (a rollback that failed) would fail every turn after it: a fresh one instead.
            if (writer is { Db: { } left } && !SharedWriter.IsClean(left))
            {
                await writer.DisposeAsync();
                writer = null;
            }

            writer ??= await SharedWriter.OpenAsync(db, cancellationToken);
            return writer.Db is { } shared ? new WriterTurn(turn, shared, writer.Sync) : new WriterTurn(turn, db, null);
        }
        catch
        {
            turn.Release();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Outside the turn: the host disposes the gate after its writers have stopped.
        if (writer is not null)
        {
            await writer.DisposeAsync();
        }
    }

    internal readonly struct Turn(SemaphoreSlim? held) : IDisposable
    {
        public void Dispose() => held?.Release();
    }

    /// <summary>The turn, with the context to write on; <see cref="Sync"/> is null when commits wait for the disk themselves.</summary>
    internal readonly struct WriterTurn(SemaphoreSlim? held, MeetingBotDbContext db, SqliteNormalSync? sync) : IDisposable
    {
        public MeetingBotDbContext Db { get; } = db;

        /// <summary>Flushes the writer's commits to disk; safe outside the turn, as it touches the WAL file, not the connection.</summary>
        public SqliteNormalSync? Sync { get; } = sync;

        public void Dispose() => held?.Release();
    }

    private sealed record SharedWriter(MeetingBotDbContext? Db, SqliteNormalSync? Sync) : IAsyncDisposable
    {
        /// <summary>Open, and not inside a transaction (SQLite's autocommit mode), as every turn must find it.</summary>
        public static bool IsClean(MeetingBotDbContext db) =>
            db.Database.GetDbConnection() is SqliteConnection { State: System.Data.ConnectionState.Open } connection
            && SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) != 0;

        public async ValueTask DisposeAsync()
        {
            if (Db is { } db)
            {
                await Sync!.EndAsync();
                await db.DisposeAsync();
            }
        }

        public static async Task<SharedWriter> OpenAsync(MeetingBotDbContext db, CancellationToken cancellationToken)
        {
            var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
            if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
            {
                // A new connection to an in-memory database would be another database.
                return new(null, null);
            }

            // The same model, logging and interceptors as every other context. Not pooled: the connection stays open
            // for the gate's life (opened here, EF closes it only when the context goes) and its setting never reaches
            // another writer.
            builder.Pooling = false;
            var options = (DbContextOptions<SqliteMeetingBotDbContext>)db.GetService<IDbContextOptions>();
            var shared = new SqliteMeetingBotDbContext(new DbContextOptionsBuilder<SqliteMeetingBotDbContext>(options).UseSqlite(builder.ToString()).Options);
            try
            {
                await shared.Database.OpenConnectionAsync(cancellationToken);
                if (await SqliteNormalSync.BeginAsync(shared, cancellationToken) is { } sync)
                {
                    return new(shared, sync);
                }
            }
            catch
            {
                await shared.DisposeAsync();
                throw;
            }

            await shared.DisposeAsync();
            return new(null, null);
        }
    }
}
