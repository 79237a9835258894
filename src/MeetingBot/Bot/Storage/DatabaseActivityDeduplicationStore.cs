using System.Data.Common;
using System.Text;
using System.Threading.Channels;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MeetingBot.Bot.Storage;

/// <summary>
/// Dedupe across instances: a claim is an insert that the primary key lets only one delivery win
/// (<c>ON CONFLICT DO NOTHING</c>, same SQL on SQLite and PostgreSQL); an expired row is taken over
/// by a conditional update, which is atomic too.
/// </summary>
/// <remarks>
/// Every activity costs a write, so writes are group-committed: one writer drains whatever requests
/// are waiting and applies them in one transaction. Concurrent SQLite writers would otherwise collide
/// on the file lock, and Microsoft.Data.Sqlite answers a busy database by sleeping and retrying;
/// a single writer also turns 32 fsyncs into one. On SQLite the batch takes the shared
/// <see cref="SqliteWriteGate"/>, so it never meets the host's other writers on the lock either.
/// <para>
/// Commits of this table do not wait for the disk (SQLite <c>synchronous=NORMAL</c> in WAL mode on the write gate's connection, <see cref="SqliteNormalSync"/>,
/// PostgreSQL <c>synchronous_commit=off</c> for the transaction): a power cut may forget the last
/// moments of claims, so a re-delivery straddling it could be handled twice; the database is never
/// corrupted, other instances see each claim at once, and every activity no longer pays an fsync
/// (6 ms on the development machine, the whole latency budget of an invoke).
/// </para>
/// <para>
/// The writer is started and stopped by the host (<see cref="IHostedService"/>): requests made before the
/// start wait in the queue, and stopping writes whatever is queued before the host goes down. It is
/// registered before the bot's own hosted services, so it stops after them.
/// </para>
/// </remarks>
internal sealed class DatabaseActivityDeduplicationStore(IDbContextFactory<MeetingBotDbContext> contexts, TimeProvider timeProvider, SqliteWriteGate writes)
    : IActivityDeduplicationStore, IHostedService, IAsyncDisposable
{
    private const int MaxBatch = 256;
    private const int BatchesBetweenCleanups = 500;

    private readonly Channel<Operation> operations = Channel.CreateUnbounded<Operation>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>The claim and save statements, kept between the writer's batches on the same connection.</summary>
    private readonly KeptStatements<ClaimCommands> statements = new(connection => new ClaimCommands(connection));

    private Task writer = Task.CompletedTask;
    private int batches;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        writer = WriteAsync();
        return Task.CompletedTask;
    }

    /// <summary>Takes no more requests and writes the queued ones; the host's shutdown timeout bounds the wait.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        operations.Writer.TryComplete();
        try
        {
            await writer.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The shutdown timeout ran out: the batch in flight still commits or rolls back as a whole.
        }
    }

    public async Task<DeduplicationClaim> TryClaimAsync(ActivityKey key, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        (await EnqueueAsync(new Operation(OperationKind.Claim, key, expiresAt, null), cancellationToken))!;

    public Task SaveInvokeResponseAsync(ActivityKey key, InvokeResponse response, CancellationToken cancellationToken) =>
        EnqueueAsync(new Operation(OperationKind.SaveResponse, key, default, response), cancellationToken);

    public Task ReleaseAsync(ActivityKey key, CancellationToken cancellationToken) =>
        EnqueueAsync(new Operation(OperationKind.Release, key, default, null), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        operations.Writer.TryComplete();
        await writer;
    }

    private async Task<DeduplicationClaim?> EnqueueAsync(Operation operation, CancellationToken cancellationToken)
    {
        if (!operations.Writer.TryWrite(operation))
        {
            throw new ObjectDisposedException(nameof(DatabaseActivityDeduplicationStore));
        }

        // The write happens regardless; the caller may stop waiting for it.
        return await operation.Completion.Task.WaitAsync(cancellationToken);
    }

    private async Task WriteAsync()
    {
        // Off the host's start-up path: a queue already waiting is written on the thread pool.
        await Task.Yield();
        var batch = new List<Operation>(MaxBatch);
        MeetingBotDbContext? writer = null;
        try
        {
            while (await operations.Reader.WaitToReadAsync())
            {
                batch.Clear();
                while (batch.Count < MaxBatch && operations.Reader.TryRead(out var operation))
                {
                    batch.Add(operation);
                }

                try
                {
                    writer ??= await OpenAsync();
                    var results = await ApplyAsync(writer, batch);
                    for (var i = 0; i < batch.Count; i++)
                    {
                        batch[i].Completion.TrySetResult(results[i]);
                    }
                }
                catch (Exception ex)
                {
                    // The transaction rolled back: nobody's claim was recorded, so everyone hears about it. The
                    // connection may be what failed, so the next batch opens a fresh one.
                    foreach (var operation in batch)
                    {
                        operation.Completion.TrySetException(ex);
                    }

                    await CloseAsync(writer);
                    writer = null;
                }
            }
        }
        finally
        {
            await CloseAsync(writer);
        }
    }

    /// <summary>
    /// The writer's own context, its connection open for as long as it writes: an open costs more than a small batch's
    /// statements, and under load the writer commits hundreds of batches a second. On SQLite it only names the database:
    /// the batches are written on the write gate's connection (<see cref="SqliteWriteGate.EnterWriterAsync"/>).
    /// </summary>
    private async Task<MeetingBotDbContext> OpenAsync()
    {
        var db = await contexts.CreateDbContextAsync();
        if (db is SqliteMeetingBotDbContext)
        {
            return db;
        }

        try
        {
            await db.Database.OpenConnectionAsync();
            return db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    private static async Task CloseAsync(MeetingBotDbContext? writer)
    {
        if (writer is not null)
        {
            await writer.DisposeAsync();
        }
    }

    private async Task<DeduplicationClaim?[]> ApplyAsync(MeetingBotDbContext own, List<Operation> batch)
    {
        var now = timeProvider.GetUtcNow();
        var results = new DeduplicationClaim?[batch.Count];
        var sqlite = own is SqliteMeetingBotDbContext;

        // The same turn as every other SQLite writer (attendance, references, jobs): a batch that met
        // another writer's lock would make Microsoft.Data.Sqlite sleep and retry, which cost an RSVP
        // press more than its whole work under load. On the turn's connection, which keeps its page cache.
        using var turn = await writes.EnterWriterAsync(own, CancellationToken.None);
        var db = turn.Db;
        var commands = await statements.OnAsync(db.Database.GetDbConnection());
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            commands.Transaction = transaction.GetDbTransaction();
            if (!sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit TO OFF");
            }

            if (++batches % BatchesBetweenCleanups == 1)
            {
                await db.Set<ProcessedActivityRow>().Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync();
            }

            for (var i = 0; i < batch.Count; i++)
            {
                var (kind, key, expiresAt, response) = (batch[i].Kind, batch[i].Key, batch[i].ExpiresAt, batch[i].Response);
                switch (kind)
                {
                    case OperationKind.Claim:
                        results[i] = await ClaimAsync(db, commands.Insert, key, expiresAt, now);
                        break;
                    case OperationKind.SaveResponse:
                        await commands.Save.Bind(response!.Status, response.Json is { } json ? Encoding.UTF8.GetString(json) : DBNull.Value, key.ConversationId, key.ActivityId).ExecuteNonQueryAsync();
                        break;
                    case OperationKind.Release:
                        await Rows(db, key).ExecuteDeleteAsync();
                        break;
                }
            }

            await transaction.CommitAsync();
            return results;
        }
        catch
        {
            // The next batch prepares its statements afresh; disposed within the turn, which owns the connection.
            await statements.ForgetAsync();
            throw;
        }
    }

    private static async Task<DeduplicationClaim> ClaimAsync(MeetingBotDbContext db, DbCommand insert, ActivityKey key, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        var expires = StoredInstantConverter.Text(expiresAt);
        var inserted = await insert.Bind(key.ConversationId, key.ActivityId, expires).ExecuteNonQueryAsync();
        if (inserted == 1)
        {
            return DeduplicationClaim.First;
        }

        var takenOver = await Rows(db, key)
            .Where(r => r.ExpiresAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ExpiresAt, expiresAt).SetProperty(r => r.InvokeStatus, (int?)null).SetProperty(r => r.InvokeBody, (string?)null));
        if (takenOver == 1)
        {
            return DeduplicationClaim.First;
        }

        var existing = await Rows(db, key).AsNoTracking().Select(r => new { r.InvokeStatus, r.InvokeBody }).FirstOrDefaultAsync();
        return new DeduplicationClaim(false, existing?.InvokeStatus is { } status ? new InvokeResponse(status, existing.InvokeBody is { } body ? Encoding.UTF8.GetBytes(body) : null) : null);
    }

    private static IQueryable<ProcessedActivityRow> Rows(MeetingBotDbContext db, ActivityKey key) =>
        db.Set<ProcessedActivityRow>().Where(r => r.ConversationId == key.ConversationId && r.ActivityId == key.ActivityId);

    /// <summary>
    /// The two statements of every activity, as plain commands re-bound per operation: EF's raw-SQL path cost more
    /// per statement than SQLite's insert itself, and this writer is the one serial step. Made once per connection
    /// (<see cref="KeptStatements{T}"/>), not once per batch.
    /// </summary>
    private sealed class ClaimCommands(DbConnection connection) : IAsyncDisposable
    {
        public DbCommand Insert { get; } = PlainCommands.Create(
            connection,
            null,
            """INSERT INTO "BotProcessedActivities" ("ConversationId", "ActivityId", "ExpiresAt") VALUES (@conversation, @activity, @expires) ON CONFLICT DO NOTHING""",
            "conversation",
            "activity",
            "expires");

        public DbCommand Save { get; } = PlainCommands.Create(
            connection,
            null,
            """UPDATE "BotProcessedActivities" SET "InvokeStatus" = @status, "InvokeBody" = @body WHERE "ConversationId" = @conversation AND "ActivityId" = @activity""",
            "status",
            "body",
            "conversation",
            "activity");

        /// <summary>The batch's transaction, which both statements run in.</summary>
        public DbTransaction Transaction
        {
            set
            {
                Insert.Transaction = value;
                Save.Transaction = value;
            }
        }

        public async ValueTask DisposeAsync()
        {
            await Insert.DisposeAsync();
            await Save.DisposeAsync();
        }
    }

    private enum OperationKind
    {
        Claim,
        SaveResponse,
        Release,
    }

    private sealed record Operation(OperationKind Kind, ActivityKey Key, DateTimeOffset ExpiresAt, InvokeResponse? Response)
    {
        public TaskCompletionSource<DeduplicationClaim?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
