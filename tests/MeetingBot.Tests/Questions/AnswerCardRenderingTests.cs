using MeetingBot.Core.Protocols;
using MeetingBot.Core.Questions;
using MeetingBot.Tests.Cards;

namespace MeetingBot.Tests.Questions;

[Collection(CardOracleCollection.Name)]
public sealed class AnswerCardRenderingTests(CardOracle oracle)
{
    private static readonly Protocol Seed = SeedFixture.Protocol;

    private static Protocol? Find(string reference) => reference == Seed.Reference ? Seed : null;

    [Fact]
    public async Task Build_DecisionsFromTwoMeetings_RendersCleanAndOpensTheProtocol()
    {
        var answer = new Answer("Vad beslutades om idrottsgalan?", AnswerKind.Decisions,
        [
            new DecisionAnswer("7/2025", 3, new DateOnly(2025, 9, 19), "Idrottsgalan – val av datum", "att idrottsgalan genomförs i mars 2026"),
            new DecisionAnswer("5/2025", 7, new DateOnly(2025, 6, 13), "Idrottsgala 2026", "att tacka för informationen"),
        ], "…");

        var events = await oracle.RenderAsync(AnswerCard.Build(answer, Find), "answer-decisions");
        var expanded = await oracle.ExpandAsync("Öppna protokoll nr 5 2025");
        await oracle.Page.Locator("#host").ScreenshotAsync(new() { Path = Path.Combine(CardOracle.ScreenshotDirectory, "answer-decisions-protocol-open.png") });

        Assert.Empty(events);
        Assert.Contains("Protokoll nr 7 2025, § 3, 19 september 2025", expanded);
        Assert.Contains("9. Kommundirektörsgruppens möten under 2026", expanded);
        Assert.Contains("Tomas Rikse, Klippan", expanded);
        Assert.Equal(0, await oracle.Page.Locator(".ac-pushButton").Filter(new() { HasText = "Öppna protokoll nr 7 2025" }).CountAsync());
    }

    [Fact]
    public async Task Build_Attendance_RendersCleanWithBothLists()
    {
        var answer = new Answer("Vem anmälde förhinder 13 juni?", AnswerKind.Attendance,
        [
            new AttendanceAnswer("5/2025", new DateOnly(2025, 6, 13),
                [new Participant("Kristina Magnusson", "Bjuv")], [new Participant("Tomas Rikse", "Klippan")]),
        ], "…");

        var events = await oracle.RenderAsync(AnswerCard.Build(answer, Find), "answer-attendance");

        Assert.Empty(events);
        var text = await oracle.Page.InnerTextAsync("#host");
        Assert.Contains("Tomas Rikse, Klippan", text);
        Assert.Contains("Kristina Magnusson, Bjuv", text);
    }

    [Fact]
    public async Task Build_NothingFound_RendersTheExplanationWithoutButtons()
    {
        var answer = new Answer("Vad beslutades om kollektivtrafiken?", AnswerKind.NotFound, [], "Jag hittar inget beslut om det.");

        var events = await oracle.RenderAsync(AnswerCard.Build(answer, Find), "answer-not-found");

        Assert.Empty(events);
        Assert.Equal(0, await oracle.Page.Locator(".ac-pushButton").CountAsync());
    }
}
