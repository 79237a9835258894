using MeetingBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Tests.Storage;

public sealed class SqliteWriteGateTests : StorageTests<SqliteTestDatabase>
{
    [Fact]
    public async Task Every_writer_turn_writes_on_the_gates_one_connection_at_normal_and_other_contexts_see_its_commits()
    {
        await using var gate = new SqliteWriteGate();
        await using var dedupe = Factory.CreateDbContext();
        await using var answers = Factory.CreateDbContext();

        MeetingBotDbContext first;
        using (var turn = await gate.EnterWriterAsync(dedupe, CancellationToken.None))
        {
            first = turn.Db;
            Assert.NotSame(dedupe, turn.Db);
            Assert.NotNull(turn.Sync);
            Assert.Equal(1L, await SynchronousAsync(turn.Db));
            await turn.Db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "BotProcessedActivities" ("ConversationId", "ActivityId", "ExpiresAt") VALUES ('a:1', '1', '2026-01-20T09:15:00.0000000+00:00')""");
            turn.Sync!.Flush();
        }

        using (var turn = await gate.EnterWriterAsync(answers, CancellationToken.None))
        {
            Assert.Same(first, turn.Db);
        }

        await using var reader = Factory.CreateDbContext();
        Assert.Equal(1, await reader.Set<MeetingBot.Storage.Rows.ProcessedActivityRow>().CountAsync());

        // The pooled connections every other context takes are left at FULL.
        await reader.Database.OpenConnectionAsync();
        Assert.Equal(2L, await SynchronousAsync(reader));
    }

    [Fact]
    public async Task A_writer_turn_waits_for_the_turn_before_it_and_the_turn_is_shared_with_the_other_writers()
    {
        await using var gate = new SqliteWriteGate();
        await using var db = Factory.CreateDbContext();

        var held = await gate.EnterAsync(db, CancellationToken.None);
        var writer = gate.EnterWriterAsync(db, CancellationToken.None);
        await Task.Delay(50);
        Assert.False(writer.IsCompleted);

        held.Dispose();
        var turn = await writer.WaitAsync(TimeSpan.FromSeconds(10));
        var next = gate.EnterAsync(db, CancellationToken.None);
        await Task.Delay(50);
        Assert.False(next.IsCompleted);
        turn.Dispose();
        (await next.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task A_turn_that_left_its_connection_inside_a_transaction_does_not_fail_the_turns_after_it()
    {
        await using var gate = new SqliteWriteGate();
        await using var db = Factory.CreateDbContext();
        MeetingBotDbContext broken;
        using (var turn = await gate.EnterWriterAsync(db, CancellationToken.None))
        {
            broken = turn.Db;
            await using var begin = turn.Db.Database.GetDbConnection().CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }

        using (var turn = await gate.EnterWriterAsync(db, CancellationToken.None))
        {
            Assert.NotSame(broken, turn.Db);
            await using var transaction = await turn.Db.Database.BeginTransactionAsync();
            await turn.Db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "BotProcessedActivities" ("ConversationId", "ActivityId", "ExpiresAt") VALUES ('a:1', '2', '2026-01-20T09:15:00.0000000+00:00')""");
            await transaction.CommitAsync();
        }

        // The abandoned transaction went with its connection; the write after it is there for everyone.
        await using var reader = Factory.CreateDbContext();
        Assert.Equal(1, await reader.Set<MeetingBot.Storage.Rows.ProcessedActivityRow>().CountAsync());
    }

    [Fact]
    public async Task Disposing_the_gate_closes_its_connection()
    {
        var gate = new SqliteWriteGate();
        await using var db = Factory.CreateDbContext();
        MeetingBotDbContext shared;
        using (var turn = await gate.EnterWriterAsync(db, CancellationToken.None))
        {
            shared = turn.Db;
        }

        var connection = shared.Database.GetDbConnection();
        Assert.Equal(System.Data.ConnectionState.Open, connection.State);

        await gate.DisposeAsync();

        Assert.Equal(System.Data.ConnectionState.Closed, connection.State);
    }

    [Fact]
    public async Task An_in_memory_database_is_written_on_the_callers_own_context()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new SqliteMeetingBotDbContext(new DbContextOptionsBuilder<SqliteMeetingBotDbContext>().UseSqlite(connection).Options);
        await using var gate = new SqliteWriteGate();

        using var turn = await gate.EnterWriterAsync(db, CancellationToken.None);

        Assert.Same(db, turn.Db);
        Assert.Null(turn.Sync);
    }

    [Fact]
    public async Task PostgreSql_writers_are_not_gated_and_keep_their_own_context()
    {
        await using var db = new PostgresMeetingBotDbContext(
            new DbContextOptionsBuilder<PostgresMeetingBotDbContext>().UseNpgsql("Host=127.0.0.1;Port=1;Database=none").Options);
        await using var gate = new SqliteWriteGate();

        using var first = await gate.EnterWriterAsync(db, CancellationToken.None);
        var second = gate.EnterWriterAsync(db, CancellationToken.None);

        Assert.True(second.IsCompletedSuccessfully);
        Assert.Same(db, first.Db);
        Assert.Null(first.Sync);
        (await second).Dispose();
    }

    private static async Task<long> SynchronousAsync(MeetingBotDbContext db)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
