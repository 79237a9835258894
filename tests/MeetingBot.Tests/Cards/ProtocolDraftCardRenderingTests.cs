using MeetingBot.Core.Cards;

namespace MeetingBot.Tests.Cards;

[Collection(CardOracleCollection.Name)]
public sealed class ProtocolDraftCardRenderingTests(CardOracle oracle)
{
    [Fact]
    public async Task Build_DraftWithoutDecisions_RendersEveryItemAsUndecided()
    {
        var events = await oracle.RenderAsync(ProtocolDraftCard.Build(CardScenarios.Draft(DraftState.Draft, withDecisions: false)), "draft-no-decisions");

        Assert.Empty(events);
        var text = await oracle.Page.InnerTextAsync("#host");
        Assert.Contains("Status", text);
        Assert.Contains("Utkast", text);
        Assert.Contains("8. Traineeprojekt 2025/2026", text);
        Assert.Contains("Inga beslut ännu.", text);
    }

    [Fact]
    public async Task Build_DecisionsEntered_SendsTheItemNumberAndTheClauses()
    {
        await oracle.RenderAsync(ProtocolDraftCard.Build(CardScenarios.Draft(DraftState.Draft, withDecisions: false)), "draft-enter-decisions");

        await oracle.ExpandAsync(ProtocolDraftCard.EnterDecisionsTitle(8));
        await oracle.Page.GetByLabel("Beslut, en att-sats per rad").FillAsync("att tacka för informationen");
        await oracle.Page.Locator("#host").ScreenshotAsync(new() { Path = Path.Combine(CardOracle.ScreenshotDirectory, "draft-enter-decisions-open.png") });
        var executed = await oracle.ClickAsync(ProtocolDraftCard.SaveDecisionsTitle(8));

        Assert.Equal(CardVerbs.EnterDecisions, executed.Verb);
        var data = executed.Data!.Value;
        Assert.Equal(CardScenarios.MeetingId, data.GetProperty("meetingId").GetString());
        Assert.Equal(8, data.GetProperty("item").GetInt32());
        Assert.Equal("att tacka för informationen", data.GetProperty(CardInputs.Decisions(8)).GetString());
    }

    [Fact]
    public async Task Build_DraftWithDecisions_ShowsThemAndPrefillsTheForm()
    {
        var events = await oracle.RenderAsync(ProtocolDraftCard.Build(CardScenarios.Draft(DraftState.Draft, withDecisions: true)), "draft-with-decisions");

        Assert.Empty(events);
        Assert.Contains("Mötet beslutar", await oracle.Page.InnerTextAsync("#host"));
        Assert.Contains("att projektet ”Arbetsgivarvarumärke Familjen Helsingborg” blir traineeprojekt för traineegrupp 20", await oracle.Page.InnerTextAsync("#host"));
        await oracle.ExpandAsync(ProtocolDraftCard.EnterDecisionsTitle(4));
        var executed = await oracle.ClickAsync(ProtocolDraftCard.SaveDecisionsTitle(4));
        Assert.StartsWith("att tacka för informationen\natt uppdra till sekretariatschef", executed.Data!.Value.GetProperty(CardInputs.Decisions(4)).GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ladda ner Word (.docx)", CardVerbs.Download, """{"meetingId":"2026-01-23","format":"docx"}""")]
    [InlineData("Ladda ner Markdown", CardVerbs.Download, """{"meetingId":"2026-01-23","format":"markdown"}""")]
    [InlineData("Fastställ", CardVerbs.Finalise, """{"meetingId":"2026-01-23"}""")]
    public async Task Build_DraftActionClicked_SendsItsVerbAndData(string title, string verb, string data)
    {
        await oracle.RenderAsync(ProtocolDraftCard.Build(CardScenarios.Draft(DraftState.Draft, withDecisions: true)), "draft-with-decisions");

        var executed = await oracle.ClickAsync(title);

        Assert.Equal(verb, executed.Verb);
        Assert.Equal(data, executed.Data!.Value.GetRawText());
    }

    [Fact]
    public async Task Build_Finalised_OffersDownloadsOnly()
    {
        var events = await oracle.RenderAsync(ProtocolDraftCard.Build(CardScenarios.Draft(DraftState.Finalised, withDecisions: true)), "draft-finalised");

        Assert.Empty(events);
        Assert.Contains("Fastställt", await oracle.Page.InnerTextAsync("#host"));
        var buttons = await oracle.Page.Locator(".ac-pushButton").AllInnerTextsAsync();
        Assert.Equal(["Ladda ner Word (.docx)", "Ladda ner Markdown"], buttons.Select(b => b.Trim()));
        Assert.Equal(CardVerbs.Download, (await oracle.ClickAsync("Ladda ner Markdown")).Verb);
    }
}
