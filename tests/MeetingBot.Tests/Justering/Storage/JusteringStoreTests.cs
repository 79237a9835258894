using MeetingBot.Core.Justering;
using MeetingBot.Core.Roster;
using MeetingBot.Justering.Storage;
using MeetingBot.Storage.Rows;
using MeetingBot.Tests.Storage;

namespace MeetingBot.Tests.Justering.Storage;

public abstract class JusteringStoreTests<TDatabase> : StorageTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly DateTimeOffset Now = new(2026, 1, 26, 9, 0, 0, TimeSpan.Zero);

    private int meetingId;
    private int kristina;
    private int tomas;

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
        var k = new MemberRow { Name = "Kristina Magnusson", Organisation = "Bjuv", Role = MemberRole.Member };
        var t = new MemberRow { Name = "Tomas Rikse", Organisation = "Klippan", Role = MemberRole.Member };
        db.AddRange(meeting, k, t);
        await db.SaveChangesAsync();
        (meetingId, kristina, tomas) = (meeting.Id, k.Id, t.Id);
    }

    private JusteringStore NewStore() => new(Factory, new MeetingBot.Storage.RosterStore(Factory));

    [Fact]
    public async Task AddVersionAsync_SameRevisionTwice_KeepsOneVersionAndANewRevisionMakesTheNext()
    {
        var store = NewStore();

        var first = await store.AddVersionAsync(meetingId, 0, [1, 2, 3], Now, CancellationToken.None);
        var again = await store.AddVersionAsync(meetingId, 0, [9, 9, 9], Now, CancellationToken.None);
        var changed = await store.AddVersionAsync(meetingId, 1, [4, 5, 6], Now.AddHours(1), CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Equal(1, first.Number);
        Assert.Equal(DocumentHash.Sha256Hex([1, 2, 3]), first.DocumentSha256);
        Assert.Equal(2, changed.Number);
        Assert.Equal(DocumentHash.Sha256Hex([4, 5, 6]), changed.DocumentSha256);
        Assert.Equal(changed, await store.LatestVersionAsync(meetingId, CancellationToken.None));
        Assert.Equal([1, 2, 3], await store.PdfAsync(meetingId, 1, CancellationToken.None));
    }

    [Fact]
    public async Task AddVersionAsync_ConcurrentSendsOfOneRevision_StoreOneVersion()
    {
        var store = NewStore();

        var versions = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => store.AddVersionAsync(meetingId, 0, [(byte)i], Now, CancellationToken.None))));

        Assert.Single(versions.Select(v => v.Id).Distinct());
        Assert.Equal(1, (await store.LatestVersionAsync(meetingId, CancellationToken.None))!.Number);
    }

    [Fact]
    public async Task AnswersAsync_AfterANewVersion_KeepsTheOldHashSoTheStatusVoidsIt()
    {
        var store = NewStore();
        await store.SetSignatoriesAsync(meetingId, [tomas, kristina], CancellationToken.None);
        var v1 = await store.AddVersionAsync(meetingId, 0, [1], Now, CancellationToken.None);
        await store.AddAnswerAsync(v1.Id, new JusteringAnswer(kristina, JusteringVerdict.Approved, v1.DocumentSha256, Now), "aad-kristina", CancellationToken.None);
        await store.AddAnswerAsync(v1.Id, new JusteringAnswer(tomas, JusteringVerdict.ChangeRequested, v1.DocumentSha256, Now, "Fel datum"), "aad-tomas", CancellationToken.None);
        var v2 = await store.AddVersionAsync(meetingId, 1, [2], Now, CancellationToken.None);

        var signatories = await store.SignatoriesAsync(meetingId, 2026, CancellationToken.None);
        var answers = await store.AnswersAsync(meetingId, CancellationToken.None);
        var onV1 = new JusteringStatus(signatories, v1.DocumentSha256, answers);
        var onV2 = new JusteringStatus(signatories, v2.DocumentSha256, answers);

        Assert.Equal(["Tomas Rikse", "Kristina Magnusson"], signatories.Select(s => s.Name));
        Assert.Equal("Fel datum", answers.Single(a => a.MemberId == tomas).Comment);
        Assert.Equal([SignatoryStanding.ChangeRequested, SignatoryStanding.Approved], onV1.States.Select(s => s.Standing));
        Assert.All(onV2.States, s => Assert.Equal(SignatoryStanding.Waiting, s.Standing));
    }

    [Fact]
    public async Task SignatoriesAsync_WithoutTheMeetingsOwn_TakesTheSeriesDefault()
    {
        var store = NewStore();
        await store.SetSeriesSignatoriesAsync(2026, [kristina], CancellationToken.None);

        Assert.Equal(["Kristina Magnusson"], (await store.SignatoriesAsync(meetingId, 2026, CancellationToken.None)).Select(s => s.Name));
        Assert.Empty(await store.SignatoriesAsync(meetingId, 2027, CancellationToken.None));

        await store.SetSignatoriesAsync(meetingId, [tomas], CancellationToken.None);
        Assert.Equal(["Tomas Rikse"], (await store.SignatoriesAsync(meetingId, 2026, CancellationToken.None)).Select(s => s.Name));
    }

    [Fact]
    public async Task TryMarkJusteratAsync_Twice_MarksOnceWithTheFirstPdf()
    {
        var store = NewStore();
        var version = await store.AddVersionAsync(meetingId, 0, [1], Now, CancellationToken.None);

        var results = await Task.WhenAll(
            Task.Run(() => store.TryMarkJusteratAsync(meetingId, version.Id, Now, [7], isSealed: true, CancellationToken.None)),
            Task.Run(() => store.TryMarkJusteratAsync(meetingId, version.Id, Now, [8], isSealed: false, CancellationToken.None)));

        Assert.Single(results, r => r);
        var justerat = (await store.JusteratAsync(meetingId, CancellationToken.None))!;
        Assert.Equal(version.Id, justerat.VersionId);
        Assert.Equal(justerat.Sealed ? [7] : [8], await store.FinalPdfAsync(meetingId, CancellationToken.None));
    }
}

public sealed class SqliteJusteringStoreTests : JusteringStoreTests<SqliteTestDatabase>;

public sealed class PostgresJusteringStoreTests : JusteringStoreTests<PostgresTestDatabase>;
