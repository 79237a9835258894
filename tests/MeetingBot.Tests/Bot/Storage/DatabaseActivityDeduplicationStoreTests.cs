using System.Text.Json.Nodes;
using MeetingBot.Bot.Storage;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Tests.Bot.Storage;

public abstract class DatabaseActivityDeduplicationStoreTests<TDatabase> : StorageTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly ActivityKey Key = new("19:6848757105754c8981c67612732d9aa7@thread.tacv2;messageid=1759881511856", "f:17b96347-e8b4-f340-10bc-eb52fc1a6ad4");

    private protected async Task<DatabaseActivityDeduplicationStore> NewStoreAsync(MeetingBot.Storage.SqliteWriteGate? writes = null)
    {
        var store = new DatabaseActivityDeduplicationStore(Factory, Clock, writes ?? new MeetingBot.Storage.SqliteWriteGate());
        await store.StartAsync(CancellationToken.None);
        return store;
    }

    private DateTimeOffset Expiry => Clock.GetUtcNow() + ActivityDeduplication.Window;

    private async Task<DeduplicationClaim> OtherInstanceClaimAsync()
    {
        await using var instance = await NewStoreAsync();
        return await instance.TryClaimAsync(Key, Expiry, CancellationToken.None);
    }

    [Fact]
    public async Task StopAsync_ClaimQueuedBeforeTheHostStarted_IsWrittenBeforeTheHostStops()
    {
        await using var store = new DatabaseActivityDeduplicationStore(Factory, Clock, new MeetingBot.Storage.SqliteWriteGate());
        var claim = store.TryClaimAsync(Key, Expiry, CancellationToken.None);
        Assert.False(claim.IsCompleted);

        await store.StartAsync(CancellationToken.None);
        await store.StopAsync(CancellationToken.None);

        Assert.True((await claim).IsFirst);
        Assert.False((await OtherInstanceClaimAsync()).IsFirst);
    }

    [Fact]
    public async Task TryClaimAsync_FirstDelivery_IsFirst()
    {
        await using var store = await NewStoreAsync();
        Assert.True((await store.TryClaimAsync(Key, Expiry, CancellationToken.None)).IsFirst);
    }

    [Fact]
    public async Task TryClaimAsync_RedeliveryFromAnotherInstance_IsDuplicateWithTheFirstInvokeResponse()
    {
        await using var store = await NewStoreAsync();
        await store.TryClaimAsync(Key, Expiry, CancellationToken.None);
        await store.SaveInvokeResponseAsync(Key, InvokeResponse.Message("Tack, ditt svar är sparat."), CancellationToken.None);

        await using var otherInstance = await NewStoreAsync();
        var second = await otherInstance.TryClaimAsync(Key, Expiry, CancellationToken.None);

        Assert.False(second.IsFirst);
        Assert.Equal(200, second.InvokeResponse!.Status);
        Assert.Equal("Tack, ditt svar är sparat.", (string?)JsonNode.Parse(second.InvokeResponse.Json)!["value"]);
    }

    [Fact]
    public async Task TryClaimAsync_RedeliveryOfAnInvokeAnsweredWithoutBody_ReplaysTheStatus()
    {
        await using var store = await NewStoreAsync();
        await store.TryClaimAsync(Key, Expiry, CancellationToken.None);
        await store.SaveInvokeResponseAsync(Key, new InvokeResponse(501, null), CancellationToken.None);

        var second = await store.TryClaimAsync(Key, Expiry, CancellationToken.None);

        Assert.Equal(501, second.InvokeResponse!.Status);
        Assert.Null(second.InvokeResponse.Json);
    }

    [Fact]
    public async Task TryClaimAsync_ConcurrentDeliveries_ExactlyOneIsFirst()
    {
        await using var store = await NewStoreAsync();
        var claims = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => i % 2 == 0 ? store.TryClaimAsync(Key, Expiry, CancellationToken.None) : OtherInstanceClaimAsync())));

        Assert.Single(claims, c => c.IsFirst);
    }

    [Fact]
    public async Task TryClaimAsync_AfterTheWindow_IsFirstAgainWithoutTheOldResponse()
    {
        await using var store = await NewStoreAsync();
        await store.TryClaimAsync(Key, Expiry, CancellationToken.None);
        await store.SaveInvokeResponseAsync(Key, InvokeResponse.Message("gammalt"), CancellationToken.None);
        Clock.Advance(ActivityDeduplication.Window + TimeSpan.FromSeconds(1));

        Assert.True((await store.TryClaimAsync(Key, Expiry, CancellationToken.None)).IsFirst);
        var duplicate = await store.TryClaimAsync(Key, Expiry, CancellationToken.None);
        Assert.Null(duplicate.InvokeResponse);
    }

    [Fact]
    public async Task ReleaseAsync_FailedHandling_LetsTheRetryRun()
    {
        await using var store = await NewStoreAsync();
        await store.TryClaimAsync(Key, Expiry, CancellationToken.None);

        await store.ReleaseAsync(Key, CancellationToken.None);

        Assert.True((await store.TryClaimAsync(Key, Expiry, CancellationToken.None)).IsFirst);
    }
}

public sealed class SqliteActivityDeduplicationStoreTests : DatabaseActivityDeduplicationStoreTests<SqliteTestDatabase>
{
    [Fact]
    public async Task TryClaimAsync_AfterABatchThatFailed_WritesTheNextClaims()
    {
        // The writer keeps its statements between batches; a failed batch must not leave the next ones with broken statements.
        var writes = new MeetingBot.Storage.SqliteWriteGate();
        await using var store = await NewStoreAsync(writes);
        Assert.True((await store.TryClaimAsync(new ActivityKey("a:1", "before"), Clock.GetUtcNow().AddDays(1), CancellationToken.None)).IsFirst);

        await UnderTheGateAsync(writes, "ALTER TABLE \"BotProcessedActivities\" RENAME TO \"Moved\"");
        await Assert.ThrowsAnyAsync<Exception>(() => store.TryClaimAsync(new ActivityKey("a:1", "during"), Clock.GetUtcNow().AddDays(1), CancellationToken.None));
        await UnderTheGateAsync(writes, "ALTER TABLE \"Moved\" RENAME TO \"BotProcessedActivities\"");

        Assert.True((await store.TryClaimAsync(new ActivityKey("a:1", "after"), Clock.GetUtcNow().AddDays(1), CancellationToken.None)).IsFirst);
        Assert.False((await store.TryClaimAsync(new ActivityKey("a:1", "before"), Clock.GetUtcNow().AddDays(1), CancellationToken.None)).IsFirst);
    }

    private async Task UnderTheGateAsync(MeetingBot.Storage.SqliteWriteGate writes, string sql)
    {
        await using var db = Factory.CreateDbContext();
        using var turn = await writes.EnterAsync(db, CancellationToken.None);
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    [Fact]
    public async Task TryClaimAsync_AnotherWriterHoldsTheGate_WritesOnlyAfterItsTurn()
    {
        // A batch that met another SQLite writer on the file lock would sleep and retry inside
        // Microsoft.Data.Sqlite; it waits its turn at the shared gate instead.
        var writes = new MeetingBot.Storage.SqliteWriteGate();
        await using var store = await NewStoreAsync(writes);
        Task<DeduplicationClaim> claim;
        await using (var db = Factory.CreateDbContext())
        {
            using var turn = await writes.EnterAsync(db, CancellationToken.None);
            claim = store.TryClaimAsync(new ActivityKey("a:1", "gate"), Clock.GetUtcNow().AddDays(1), CancellationToken.None);
            await Task.Delay(200);
            Assert.False(claim.IsCompleted);
        }

        Assert.True((await claim.WaitAsync(TimeSpan.FromSeconds(30))).IsFirst);
    }
}

public sealed class PostgresActivityDeduplicationStoreTests : DatabaseActivityDeduplicationStoreTests<PostgresTestDatabase>;
