using MeetingBot.Bot.Storage;
using MeetingBot.BotFramework.Connector;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using MeetingBot.Tests.Storage;

namespace MeetingBot.Tests.Bot.Storage;

public abstract class PostedCardStoreTests<TDatabase> : StorageTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Channel = "19:6848757105754c8981c67612732d9aa7@thread.tacv2";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private int meetingId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Factory.CreateDbContext();
        var meeting = new MeetingRow
        {
            SeriesKey = "kdg-2026", Title = "Kommundirektörsgruppen", Date = new DateOnly(2026, 1, 23),
            StartLocal = new TimeOnly(9, 0), EndLocal = new TimeOnly(12, 0), TimeZoneId = "Europe/Stockholm",
            StartUtc = new DateTimeOffset(2026, 1, 23, 8, 0, 0, TimeSpan.Zero), EndUtc = new DateTimeOffset(2026, 1, 23, 11, 0, 0, TimeSpan.Zero),
        };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        meetingId = meeting.Id;
    }

    private PostedCardStore NewStore() => new(Factory, new SqliteWriteGate(), Clock);

    private PostedCard Card(string conversationId, string activityId) =>
        new(meetingId, PostedCardKinds.Agenda, new ConversationAddress(ServiceUrl, conversationId, "tenant"), activityId, null);

    [Fact]
    public async Task SaveAsync_TwoConversations_ListsBothInPostingOrder()
    {
        var store = NewStore();
        await store.SaveAsync(Card(Channel, "1:channel"), CancellationToken.None);
        await store.SaveAsync(Card("a:personal", "1:personal"), CancellationToken.None);

        var cards = await store.ListAsync(meetingId, PostedCardKinds.Agenda, CancellationToken.None);

        Assert.Equal(["1:channel", "1:personal"], cards.Select(c => c.ActivityId));
        Assert.Equal(ServiceUrl, cards[0].Address.ServiceUrl);
    }

    [Fact]
    public async Task SaveAsync_SameConversationAgain_ReplacesTheActivityId()
    {
        var store = NewStore();
        await store.SaveAsync(Card(Channel, "1:first"), CancellationToken.None);
        await store.SaveAsync(Card(Channel, "1:second"), CancellationToken.None);

        var card = Assert.Single(await store.ListAsync(meetingId, PostedCardKinds.Agenda, CancellationToken.None));
        Assert.Equal("1:second", card.ActivityId);
    }

    [Fact]
    public async Task SaveAsync_ConcurrentPostsToOneConversation_KeepOneRow()
    {
        var store = NewStore();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => store.SaveAsync(Card(Channel, $"1:{i}"), CancellationToken.None))));

        Assert.Single(await store.ListAsync(meetingId, PostedCardKinds.Agenda, CancellationToken.None));
    }
}

public sealed class SqlitePostedCardStoreTests : PostedCardStoreTests<SqliteTestDatabase>;

public sealed class PostgresPostedCardStoreTests : PostedCardStoreTests<PostgresTestDatabase>;
