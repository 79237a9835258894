using MeetingBot.Bot.Storage;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Tests.Storage;

namespace MeetingBot.Tests.Bot.Storage;

public abstract class DatabaseActivityDeduplicationStoreTests<TDatabase> : StorageTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly ActivityKey Key = new("19:6848757105754c8981c67612732d9aa7@thread.tacv2;messageid=1759881511856", "f:17b96347-e8b4-f340-10bc-eb52fc1a6ad4");

    private DatabaseActivityDeduplicationStore Store => new(Factory, Clock);

    private DateTimeOffset Expiry => Clock.GetUtcNow() + ActivityDeduplication.Window;

    [Fact]
    public async Task TryClaimAsync_FirstDelivery_IsFirst()
    {
        Assert.True((await Store.TryClaimAsync(Key, Expiry, CancellationToken.None)).IsFirst);
    }

    [Fact]
    public async Task TryClaimAsync_RedeliveryFromAnotherInstance_IsDuplicateWithTheFirstInvokeResponse()
    {
        await Store.TryClaimAsync(Key, Expiry, CancellationToken.None);
        await Store.SaveInvokeResponseAsync(Key, InvokeResponse.Message("Tack, ditt svar är sparat."), CancellationToken.None);

        var second = await new DatabaseActivityDeduplicationStore(Factory, Clock).TryClaimAsync(Key, Expiry, CancellationToken.None);

        Assert.False(second.IsFirst);
        Assert.Equal(200, second.InvokeResponse!.Status);
        Assert.Equal("Tack, ditt svar är sparat.", second.InvokeResponse.Body!.Value.GetProperty("value").GetString());
    }

    [Fact]
    public async Task TryClaimAsync_ConcurrentDeliveries_ExactlyOneIsFirst()
    {
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => new DatabaseActivityDeduplicationStore(Factory, Clock).TryClaimAsync(Key, Expiry, CancellationToken.None))));

        Assert.Single(claims, c => c.IsFirst);
    }

    [Fact]
    public async Task TryClaimAsync_AfterTheWindow_IsFirstAgainWithoutTheOldResponse()
    {
        await Store.TryClaimAsync(Key, Expiry, CancellationToken.None);
        await Store.SaveInvokeResponseAsync(Key, InvokeResponse.Message("gammalt"), CancellationToken.None);
        Clock.Advance(ActivityDeduplication.Window + TimeSpan.FromSeconds(1));

        Assert.True((await Store.TryClaimAsync(Key, Expiry, CancellationToken.None)).IsFirst);
        var duplicate = await Store.TryClaimAsync(Key, Expiry, CancellationToken.None);
        Assert.Null(duplicate.InvokeResponse);
    }

    [Fact]
    public async Task ReleaseAsync_FailedHandling_LetsTheRetryRun()
    {
        await Store.TryClaimAsync(Key, Expiry, CancellationToken.None);

        await Store.ReleaseAsync(Key, CancellationToken.None);

        Assert.True((await Store.TryClaimAsync(Key, Expiry, CancellationToken.None)).IsFirst);
    }
}

public sealed class SqliteActivityDeduplicationStoreTests : DatabaseActivityDeduplicationStoreTests<SqliteTestDatabase>;

public sealed class PostgresActivityDeduplicationStoreTests : DatabaseActivityDeduplicationStoreTests<PostgresTestDatabase>;
