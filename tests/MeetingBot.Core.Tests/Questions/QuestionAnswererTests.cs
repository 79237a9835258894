using MeetingBot.Core.Cards;
using MeetingBot.Core.Decisions;
using MeetingBot.Core.Questions;
using MeetingBot.Core.Series;
using static MeetingBot.Core.Tests.Decisions.SampleProtocols;

namespace MeetingBot.Core.Tests.Questions;

public sealed class QuestionAnswererTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);

    private static readonly QuestionContext Context = new(
        DecisionRegister.Build([June2025, September2025]),
        [June2025, September2025],
        [
            PlannedMeeting.At(new DateOnly(2025, 12, 12), new TimeOnly(8, 30), new TimeOnly(13, 0)),
            PlannedMeeting.At(new DateOnly(2026, 2, 27), new TimeOnly(8, 30), new TimeOnly(13, 0)),
            PlannedMeeting.At(new DateOnly(2026, 1, 23), new TimeOnly(8, 30), new TimeOnly(13, 0)),
        ],
        Now);

    [Fact]
    public void Answer_DecisionQuestion_CitesProtocolItemAndDate()
    {
        var answer = QuestionAnswerer.Answer("Vad beslutades om traineeprojektet?", Context);

        Assert.Equal(AnswerKind.Decisions, answer.Kind);
        var decision = Assert.IsType<DecisionAnswer>(Assert.Single(answer.Answers));
        Assert.Equal(new DecisionAnswer("5/2025", 8, new DateOnly(2025, 6, 13), "Traineeprojekt 2025/2026",
            "att projektet ”Arbetsgivarvarumärke Familjen Helsingborg” blir traineeprojekt för traineegrupp 20"), decision);
        Assert.Contains("Protokoll nr 5 2025, § 8, 13 juni 2025", answer.Text);
        Assert.Contains(decision.Decision, answer.Text);
    }

    [Fact]
    public void Answer_SubjectDecidedTwice_MostRecentCitedFirst()
    {
        var answer = QuestionAnswerer.Answer("Vad beslutades om idrottsgalan?", Context);

        var text = answer.Text;
        Assert.True(text.IndexOf("Protokoll nr 7 2025, § 3", StringComparison.Ordinal) < text.IndexOf("Protokoll nr 5 2025, § 7", StringComparison.Ordinal));
        Assert.Equal(["7/2025", "5/2025"], answer.Answers.Cast<DecisionAnswer>().Select(a => a.Protocol));
    }

    [Fact]
    public void Answer_WhoSentApologies_AnswersFromTheProtocolOfThatDate()
    {
        var answer = QuestionAnswerer.Answer("Vem anmälde förhinder 13 juni?", Context);

        Assert.Equal(AnswerKind.Attendance, answer.Kind);
        var attendance = Assert.IsType<AttendanceAnswer>(Assert.Single(answer.Answers));
        Assert.Equal("5/2025", attendance.Protocol);
        Assert.Equal("Tomas Rikse", Assert.Single(attendance.Absent).Name);
        Assert.StartsWith("Protokoll nr 5 2025, 13 juni 2025:\nAnmält förhinder: Tomas Rikse, Klippan.", answer.Text);
    }

    [Fact]
    public void Answer_InEnglish_FramesAreEnglishAndQuotesAreAsDecided()
    {
        var attendance = QuestionAnswerer.Answer("Vem anmälde förhinder 13 juni?", Context, CardLanguage.English);
        Assert.StartsWith("Protocol no. 5 2025, 13 June 2025:\nSent apologies: Tomas Rikse, Klippan.\nPresent (", attendance.Text, StringComparison.Ordinal);

        var next = QuestionAnswerer.Answer("När är nästa möte?", Context, CardLanguage.English);
        Assert.Equal("The next meeting is on Friday 23 January 2026, 08:30–13:00.", next.Text);

        var decision = QuestionAnswerer.Answer("Vad beslutades om traineeprojektet?", Context, CardLanguage.English);
        Assert.Equal(
            "This is what the meeting decided:\n\nProtocol no. 5 2025, § 8, 13 June 2025 – Traineeprojekt 2025/2026\nThe meeting decided\n"
            + "att projektet ”Arbetsgivarvarumärke Familjen Helsingborg” blir traineeprojekt för traineegrupp 20",
            decision.Text);

        var card = CardJson.Serialize(AnswerCard.Build(attendance, _ => null, CardLanguage.English));
        Assert.Contains("\"Answer from the decision register\"", card, StringComparison.Ordinal);
        Assert.Contains("\"Sent apologies\"", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Närvarande", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_NextMeeting_IsTheFirstAfterNow()
    {
        var answer = QuestionAnswerer.Answer("När är nästa möte?", Context);

        Assert.Equal(new MeetingAnswer(new DateOnly(2026, 1, 23), new TimeOnly(8, 30), new TimeOnly(13, 0)), Assert.Single(answer.Answers));
        Assert.Equal("Nästa möte är fredag 23 januari 2026 kl. 08:30–13:00.", answer.Text);
    }

    [Fact]
    public void Answer_NextMeetingAfterTheLastOne_SaysNoneIsKnown()
    {
        var answer = QuestionAnswerer.Answer("När är nästa möte?", Context with { Now = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero) });

        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Empty(answer.Answers);
    }

    [Theory]
    [InlineData("Vad beslutades om kollektivtrafiken?")]
    [InlineData("   ")]
    public void Answer_NothingMatches_SaysSoAndSuggestsQuestions(string question)
    {
        var answer = QuestionAnswerer.Answer(question, Context);

        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Empty(answer.Answers);
        Assert.Contains("Jag hittar inget beslut", answer.Text);
        Assert.Contains("När är nästa möte?", answer.Text);
    }

    [Fact]
    public void Answer_AttendanceForUnknownDate_FallsBackToDecisionSearch()
    {
        var answer = QuestionAnswerer.Answer("Vem anmälde förhinder 1 april?", Context);

        Assert.Equal(AnswerKind.NotFound, answer.Kind);
    }
}
