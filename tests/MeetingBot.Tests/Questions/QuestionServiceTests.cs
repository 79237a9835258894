using MeetingBot.Core.Protocols;
using MeetingBot.Core.Questions;
using MeetingBot.Questions;
using MeetingBot.Storage;
using MeetingBot.Tests.Storage;

namespace MeetingBot.Tests.Questions;

/// <summary>Questions over the stored seed protocol, on each storage provider.</summary>
public abstract class QuestionServiceTests<TDatabase> : StorageTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly Protocol Seed = SeedFixture.Protocol;

    private ProtocolStore Store => new(Factory, Clock);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Store.SaveAsync(Seed, CancellationToken.None);
    }

    private QuestionService Service() => new(new DecisionRegisterCache(Store, new MeetingBot.Justering.Storage.JusteringStore(Factory, new RosterStore(Factory))), Clock);

    [Theory]
    [InlineData("Vad beslutades om idrottsgalan?", 7)]
    [InlineData("Vad beslutades om idrottsgala?", 7)]
    [InlineData("Vad beslutades om traineeprojektet?", 8)]
    [InlineData("Vilka datum träffas kommundirektörsgruppen 2026?", 9)]
    [InlineData("Vad sa vi om SKR och Arbetsförmedlingen?", 4)]
    [InlineData("Vad beslutades om arbetsmarknadsområdet?", 4)]
    [InlineData("Vad sa vi om arbetsmarknaden?", 4)]
    [InlineData("Vad beslutades om krisberedskapen?", 2)]
    [InlineData("Något om näringslivet och tillväxten?", 5)]
    public async Task AskAsync_SubjectInAnyForm_CitesTheRightParagraph(string question, int item)
    {
        var answer = await Service().AskAsync(question, CancellationToken.None);

        Assert.Equal(AnswerKind.Decisions, answer.Kind);
        Assert.NotEmpty(answer.Answers);
        Assert.All(answer.Answers.Cast<DecisionAnswer>(), a => Assert.Equal(("5/2025", item), (a.Protocol, a.Item)));
        Assert.Contains($"Protokoll nr 5 2025, § {item}, 13 juni 2025", answer.Text);
    }

    [Fact]
    public async Task AskAsync_WhoSentApologies_AnswersFromTheAttendanceLists()
    {
        var answer = await Service().AskAsync("Vem anmälde förhinder 13 juni?", CancellationToken.None);

        var attendance = Assert.IsType<AttendanceAnswer>(Assert.Single(answer.Answers));
        Assert.Equal(11, attendance.Present.Count);
        Assert.Equal(new Participant("Tomas Rikse", "Klippan"), Assert.Single(attendance.Absent));
    }

    [Fact]
    public async Task AskAsync_NextMeeting_ComesFromTheDecidedSeries()
    {
        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 27, 7, 0, 0, TimeSpan.Zero));

        var answer = await Service().AskAsync("När är nästa möte?", CancellationToken.None);

        Assert.Equal("Nästa möte är fredag 27 mars 2026 kl. 08:30–13:00.", answer.Text);
    }

    [Fact]
    public async Task AskAsync_ProtocolReimportedWithNewDecision_AnswersFromTheNewVersion()
    {
        var service = Service();
        await service.AskAsync("Vad beslutades om idrottsgalan?", CancellationToken.None);
        var items = Seed.Items.Select(i => i.Number == 7 ? i with { Decisions = ["att genomföra idrottsgalan i mars 2026"] } : i).ToList();
        await Store.SaveAsync(Seed with { Items = items }, CancellationToken.None);

        var answer = await service.AskAsync("Vad beslutades om idrottsgalan?", CancellationToken.None);

        Assert.Equal("att genomföra idrottsgalan i mars 2026", Assert.IsType<DecisionAnswer>(Assert.Single(answer.Answers)).Decision);
    }
}

public sealed class SqliteQuestionServiceTests : QuestionServiceTests<SqliteTestDatabase>;

public sealed class PostgresQuestionServiceTests : QuestionServiceTests<PostgresTestDatabase>;
