using MeetingBot.Bot.Storage;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Storage;
using MeetingBot.Tests.Storage;

namespace MeetingBot.Tests.Bot.Storage;

public abstract class DatabaseConversationReferenceStoreTests<TDatabase> : StorageTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private DatabaseConversationReferenceStore Store => new(Factory, new SqliteWriteGate());

    private ConversationReference Reference(string serviceUrl) => new(
        "a:17I0kl9EkpE1O9PH5TWrzrLNwnWWcfrU7QZjKR0WSfOpzbfcAg2IaydGElSo10tVr4C7Fc6GtieTJX663WuJCc1uA83n4CSrHSgGBj5XNYLcVlJAs2ZX8DbYBPck201w-",
        serviceUrl,
        "msteams",
        "personal",
        "72f988bf-86f1-41af-91ab-2d7cd011db47",
        "28:c9e8c047-2a74-40a2-b28a-b162d5f5327c",
        "Teams TestBot",
        "29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw",
        "7faf8ab2-3d56-4244-b585-20c8a42ed2b8",
        Clock.GetUtcNow());

    [Fact]
    public async Task SaveAsync_NewConversation_CanBeFoundWithEveryField()
    {
        var reference = Reference("https://smba.trafficmanager.net/emea/");

        await Store.SaveAsync(reference, CancellationToken.None);

        Assert.Equal(reference, await Store.FindAsync(reference.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_NewerActivity_ReplacesTheServiceUrl()
    {
        await Store.SaveAsync(Reference("https://smba.trafficmanager.net/amer/"), CancellationToken.None);
        Clock.Advance(TimeSpan.FromDays(1));
        var moved = Reference("https://smba.trafficmanager.net/emea/");

        await Store.SaveAsync(moved, CancellationToken.None);

        Assert.Equal(moved, await Store.FindAsync(moved.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_UnchangedWithinTheHour_IsNotWrittenAgain()
    {
        var store = Store;
        var first = Reference("https://smba.trafficmanager.net/emea/");
        await store.SaveAsync(first, CancellationToken.None);
        Clock.Advance(TimeSpan.FromMinutes(30));

        await store.SaveAsync(Reference("https://smba.trafficmanager.net/emea/"), CancellationToken.None);

        Assert.Equal(first.UpdatedAt, (await store.FindAsync(first.ConversationId, CancellationToken.None))!.UpdatedAt);
    }

    [Fact]
    public async Task SaveAsync_UnchangedAfterTheHour_RefreshesItsTime()
    {
        var store = Store;
        await store.SaveAsync(Reference("https://smba.trafficmanager.net/emea/"), CancellationToken.None);
        Clock.Advance(DatabaseConversationReferenceStore.RefreshAfter);
        var later = Reference("https://smba.trafficmanager.net/emea/");

        await store.SaveAsync(later, CancellationToken.None);

        Assert.Equal(later, await store.FindAsync(later.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_ChangedWithinTheHour_IsWrittenAtOnce()
    {
        var store = Store;
        await store.SaveAsync(Reference("https://smba.trafficmanager.net/amer/"), CancellationToken.None);
        Clock.Advance(TimeSpan.FromSeconds(5));
        var moved = Reference("https://smba.trafficmanager.net/emea/");

        await store.SaveAsync(moved, CancellationToken.None);

        Assert.Equal(moved, await store.FindAsync(moved.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task FindAsync_UnknownConversation_IsNull()
    {
        Assert.Null(await Store.FindAsync("a:unknown", CancellationToken.None));
    }
}

public sealed class SqliteConversationReferenceStoreTests : DatabaseConversationReferenceStoreTests<SqliteTestDatabase>;

public sealed class PostgresConversationReferenceStoreTests : DatabaseConversationReferenceStoreTests<PostgresTestDatabase>;
