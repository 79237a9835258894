using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Win32.SafeHandles;

namespace MeetingBot.Storage;

/// <summary>
/// The write gate's connection (<see cref="SqliteWriteGate.EnterWriterAsync"/>) at <c>synchronous = NORMAL</c>: in WAL
/// mode a commit writes its frames to the WAL file and returns without waiting for the disk. The dedupe store's writer
/// leaves it there (a claim may be forgotten by a power cut). The answer writer calls <see cref="Flush"/> after each batch, once it has given the
/// database's write turn back and before it tells anyone their answer is stored.
/// </summary>
/// <remarks>
/// <para>
/// Commit and then <see cref="Flush"/> is as durable as <c>FULL</c>, which in WAL mode is exactly this flush of the
/// WAL file, only inside the turn: there every other writer of the process (the dedupe store's claims, which every
/// activity waits for) queued behind the disk. With the flush outside, and beside the next batch's write, authenticated
/// RSVP presses went from about 4,100–4,600 to 5,600–5,900 a second on the load driver, and the presser still hears
/// "recorded" only once the answer is on disk.
/// </para>
/// <para>
/// Between commit and flush the rows are visible to other readers though not yet durable; nothing is sent or told
/// on their strength until the writer's callers are answered after the flush. The WAL file cannot be replaced
/// meanwhile: SQLite deletes it only when the last connection closes, and the writer's is open.
/// </para>
/// <para>
/// On PostgreSQL, or on a SQLite database that is not in WAL mode (an in-memory one), <see cref="BeginAsync"/>
/// returns null and commits stay as they are.
/// </para>
/// </remarks>
internal sealed class SqliteNormalSync
{
    private readonly MeetingBotDbContext db;
    private readonly string walPath;
    private SafeFileHandle? wal;

    private SqliteNormalSync(MeetingBotDbContext db, string walPath)
    {
        this.db = db;
        this.walPath = walPath;
    }

    /// <summary>On an open connection: commits from now on do not wait for the disk; null when this does not apply.</summary>
    public static async Task<SqliteNormalSync?> BeginAsync(MeetingBotDbContext db, CancellationToken cancellationToken)
    {
        if (db is not SqliteMeetingBotDbContext || db.Database.GetDbConnection() is not SqliteConnection connection)
        {
            return null;
        }

        var file = SQLitePCL.raw.sqlite3_db_filename(connection.Handle, "main").utf8_to_string();
        if (string.IsNullOrEmpty(file) || !"wal".Equals(await ScalarAsync(connection, "PRAGMA journal_mode", cancellationToken), StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // Not allowed inside a transaction; EndAsync sets it back, should the connection ever be a pooled one.
        await ScalarAsync(connection, "PRAGMA synchronous = NORMAL", cancellationToken);
        return new SqliteNormalSync(db, file + "-wal");
    }

    /// <summary>Makes every commit so far durable; call it outside the write turn, before answering the writer's callers.</summary>
    public void Flush()
    {
        // Opened on the first flush, after a commit, when the WAL file certainly exists; the same file while the connection is open.
        wal ??= File.OpenHandle(walPath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        RandomAccess.FlushToDisk(wal);
    }

    /// <summary>Closes the WAL file's handle and sets the connection back to <c>FULL</c> (the write gate's is not pooled, but any other would be).</summary>
    public async Task EndAsync()
    {
        wal?.Dispose();
        wal = null;
        try
        {
            if (db.Database.GetDbConnection() is { State: System.Data.ConnectionState.Open } connection)
            {
                await ScalarAsync((SqliteConnection)connection, "PRAGMA synchronous = FULL", CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            // A broken connection is not returned to the pool with the setting; nothing else to restore.
        }
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
