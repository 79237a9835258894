using MeetingBot.Core.Cards;
using MeetingBot.Core.Justering;

namespace MeetingBot.Tests.Cards;

[Collection(CardOracleCollection.Name)]
public sealed class JusteringCardRenderingTests(CardOracle oracle)
{
    private static readonly Signatory Kristina = new(1, "Kristina Magnusson", "Bjuv");
    private static readonly Signatory Tomas = new(2, "Tomas Rikse", "Klippan");
    private static readonly DateTimeOffset Approved = new(2026, 1, 26, 9, 15, 0, TimeSpan.Zero);

    private static JusteringCardModel Model(int? viewer, params SignatoryState[] states) => new(
        CardScenarios.MeetingId, "1/2026", "Kommundirektörsmöte i Familjen Helsingborg", new DateOnly(2026, 1, 23),
        ["§ 1 Mötets öppnande", "§ 2 Traineeprojekt 2025/2026"], 2, new string('a', 64), new Uri("https://meetingbot.example/protocols/7/pdf?version=2&expires=1&sig=x"),
        states, viewer);

    [Fact]
    public async Task Build_SignatoryWhoHasNotAnswered_ShowsTheStandingsTheLinkAndBothActions()
    {
        var card = JusteringCard.Build(Model(2, new SignatoryState(Kristina, SignatoryStanding.Approved, Approved, null), new SignatoryState(Tomas, SignatoryStanding.Waiting, null, null)));

        var events = await oracle.RenderAsync(card, "justering-waiting");

        Assert.Empty(events);
        var text = await oracle.Page.InnerTextAsync("#host");
        Assert.Contains("Justering av protokoll nr 1/2026", text);
        Assert.Contains("§ 2 Traineeprojekt 2025/2026", text);
        Assert.Contains("Öppna protokollet (PDF)", text);
        Assert.Contains("justerat 2026-01-26 10:15", text);
        Assert.Contains("har inte svarat", text);
        var approve = await oracle.ClickAsync("Justera");
        Assert.Equal(CardVerbs.Approve, approve.Verb);
        Assert.Equal($$"""{"meetingId":"{{CardScenarios.MeetingId}}","version":2}""", approve.Data!.Value.GetRawText());
    }

    [Fact]
    public async Task Build_RequestChange_SendsTheCommentWithTheVersion()
    {
        await oracle.RenderAsync(JusteringCard.Build(Model(2, new SignatoryState(Tomas, SignatoryStanding.Waiting, null, null))), "justering-change");

        await oracle.ExpandAsync("Begär ändring");
        await oracle.Page.GetByLabel("Vad ska ändras?").FillAsync("§ 2 ska säga 2026.");
        await oracle.Page.Locator("#host").ScreenshotAsync(new() { Path = Path.Combine(CardOracle.ScreenshotDirectory, "justering-change-open.png") });
        var executed = await oracle.ClickAsync("Skicka begäran");

        Assert.Equal(CardVerbs.RequestChange, executed.Verb);
        Assert.Equal(2, executed.Data!.Value.GetProperty(CardInputs.Version).GetInt32());
        Assert.Equal("§ 2 ska säga 2026.", executed.Data!.Value.GetProperty(CardInputs.Comment).GetString());
    }

    [Fact]
    public async Task Justerat_NotSealed_SaysSoAndLinksTheFinalPdf()
    {
        var card = JusteringCard.Justerat(new JusteradCardModel("1/2026", "Kommundirektörsmöte i Familjen Helsingborg", new DateOnly(2026, 1, 23),
            [new SignatoryState(Kristina, SignatoryStanding.Approved, Approved, null)], new Uri("https://meetingbot.example/protocols/7/pdf?version=final&expires=1&sig=x"), Sealed: false));

        var events = await oracle.RenderAsync(card, "justering-justerat");

        Assert.Empty(events);
        var text = await oracle.Page.InnerTextAsync("#host");
        Assert.Contains("Protokoll nr 1/2026 är justerat", text);
        Assert.Contains("inte förseglad", text);
        Assert.Contains("Öppna det justerade protokollet (PDF)", text);
    }
}
