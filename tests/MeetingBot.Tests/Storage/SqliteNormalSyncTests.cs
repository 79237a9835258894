using MeetingBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Tests.Storage;

public sealed class SqliteNormalSyncTests : StorageTests<SqliteTestDatabase>
{
    [Fact]
    public async Task A_writer_commits_without_waiting_flushes_the_wal_itself_and_gives_its_connection_back_at_full()
    {
        await using var db = Factory.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        Assert.Equal(2L, await SynchronousAsync(db));

        var sync = await SqliteNormalSync.BeginAsync(db, CancellationToken.None);

        Assert.NotNull(sync);
        Assert.Equal(1L, await SynchronousAsync(db));
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "BotProcessedActivities" ("ConversationId", "ActivityId", "ExpiresAt") VALUES ('a:1', '1', '2026-01-20T09:15:00.0000000+00:00')""");
        sync.Flush();
        Assert.True(new FileInfo(Path.Combine(Database.DataDirectory, StorageOptions.SqliteFileName + "-wal")).Length > 0);

        await sync.EndAsync();
        Assert.Equal(2L, await SynchronousAsync(db));
    }

    [Fact]
    public async Task Leaves_a_database_without_a_wal_file_as_it_is()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new SqliteMeetingBotDbContext(new DbContextOptionsBuilder<SqliteMeetingBotDbContext>().UseSqlite(connection).Options);

        Assert.Null(await SqliteNormalSync.BeginAsync(db, CancellationToken.None));
        Assert.Equal(2L, await SynchronousAsync(db));
    }

    [Fact]
    public async Task Leaves_postgresql_to_its_own_commits_without_touching_the_connection()
    {
        await using var db = new PostgresMeetingBotDbContext(
            new DbContextOptionsBuilder<PostgresMeetingBotDbContext>().UseNpgsql("Host=127.0.0.1;Port=1;Database=none").Options);

        Assert.Null(await SqliteNormalSync.BeginAsync(db, CancellationToken.None));
    }

    private static async Task<long> SynchronousAsync(MeetingBotDbContext db)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
