using MeetingBot.Core.Cards;
using Microsoft.Playwright;

namespace MeetingBot.Tests.Cards;

[Collection(CardOracleCollection.Name)]
public sealed class AgendaCardRenderingTests(CardOracle oracle)
{
    private static readonly AgendaViewer Unanswered = new(null, [CardScenarios.Substitute]);

    [Fact]
    public async Task Build_NoAnswersYet_RendersTheMeetingItemsAndTally()
    {
        var card = AgendaCard.Build(CardScenarios.Agenda(new AttendanceTally(0, 0, 12), CardScenarios.JoinUrl), Unanswered);

        var events = await oracle.RenderAsync(card, "agenda-no-answers");

        Assert.Empty(events);
        var text = await oracle.Page.InnerTextAsync("#host");
        Assert.Contains("fredag 23 januari 2026, 08:30–13:00", text);
        Assert.Contains("Mindpark, Bredgatan 11, Helsingborg", text);
        Assert.Contains("Svar: 0 kommer, 0 förhinder, 12 ej svarat", text);
        Assert.Contains("Du har inte svarat ännu.", text);
        Assert.Contains("9. Kommundirektörsgruppens möten under 2026", text);
        Assert.Contains("Sammanfattning: Beslut om mötesdatum för 2026", text);
        Assert.Contains("Föredragande: Kajsa Helmbring, försvarsdirektör, Länsstyrelsen Skåne", text);
        Assert.Contains("Underlag: Bilaga 1: Förslag på mötestider 2026 för kommundirektörsgruppen", text);
    }

    [Fact]
    public async Task Build_JagKommerClicked_SendsAcceptWithOnlyTheMeetingId()
    {
        await oracle.RenderAsync(AgendaCard.Build(CardScenarios.Agenda(new AttendanceTally(0, 0, 12), CardScenarios.JoinUrl), Unanswered), "agenda-accept");

        var executed = await oracle.ClickAsync("Jag kommer");

        Assert.Equal("Action.Execute", executed.Type);
        Assert.Equal(CardVerbs.Accept, executed.Verb);
        Assert.Equal("""{"meetingId":"2026-01-23"}""", executed.Data!.Value.GetRawText());
    }

    [Fact]
    public async Task Build_JoinLinkClicked_OpensTheTeamsMeeting()
    {
        await oracle.RenderAsync(AgendaCard.Build(CardScenarios.Agenda(new AttendanceTally(0, 0, 12), CardScenarios.JoinUrl), Unanswered), "agenda-join");

        var executed = await oracle.ClickAsync("Anslut till Teams-mötet");

        Assert.Equal("Action.OpenUrl", executed.Type);
        Assert.Equal(CardScenarios.JoinUrl.AbsoluteUri, executed.Url);
    }

    [Fact]
    public async Task Build_ApologiesWithSubstituteAndComment_SendsDeclineWithTheInputs()
    {
        await oracle.RenderAsync(AgendaCard.Build(CardScenarios.Agenda(new AttendanceTally(0, 0, 12), CardScenarios.JoinUrl), Unanswered), "agenda-decline");

        await oracle.ExpandAsync("Anmäl förhinder");
        await oracle.Page.GetByLabel("Ersättare").SelectOptionAsync(new SelectOptionValue { Label = "Maria Lind" });
        await oracle.Page.GetByLabel("Kommentar (syns bara för sekretariatet)").FillAsync("Krockar med kommunstyrelsen");
        await oracle.Page.Locator("#host").ScreenshotAsync(new() { Path = Path.Combine(CardOracle.ScreenshotDirectory, "agenda-decline-open.png") });
        var executed = await oracle.ClickAsync("Skicka förhinder");

        Assert.Equal(CardVerbs.Decline, executed.Verb);
        var data = executed.Data!.Value;
        Assert.Equal(CardScenarios.MeetingId, data.GetProperty("meetingId").GetString());
        Assert.Equal("maria.lind@klippan.se", data.GetProperty("substitute").GetString());
        Assert.Equal("Krockar med kommunstyrelsen", data.GetProperty("comment").GetString());
    }

    [Fact]
    public async Task Build_ViewerAccepted_ShowsTheirAnswer()
    {
        var viewer = new AgendaViewer(new ViewerAnswer(AttendanceStatus.Coming), [CardScenarios.Substitute]);

        var events = await oracle.RenderAsync(AgendaCard.Build(CardScenarios.Agenda(new AttendanceTally(7, 1, 4), CardScenarios.JoinUrl), viewer), "agenda-viewer-accepted");

        Assert.Empty(events);
        var text = await oracle.Page.InnerTextAsync("#host");
        Assert.Contains("Ditt svar: Jag kommer", text);
        Assert.Contains("Svar: 7 kommer, 1 förhinder, 4 ej svarat", text);
        Assert.Equal(CardVerbs.Accept, (await oracle.ClickAsync("Jag kommer")).Verb);
    }

    [Fact]
    public async Task Build_ViewerDeclinedWithSubstitute_ShowsTheAnswerAndKeepsTheSubstituteWhenChanged()
    {
        var viewer = new AgendaViewer(new ViewerAnswer(AttendanceStatus.Declined, "Maria Lind"), [CardScenarios.Substitute]);

        var events = await oracle.RenderAsync(AgendaCard.Build(CardScenarios.Agenda(new AttendanceTally(7, 1, 4), CardScenarios.JoinUrl), viewer), "agenda-viewer-declined");

        Assert.Empty(events);
        Assert.Contains("Ditt svar: Förhinder (ersättare: Maria Lind)", await oracle.Page.InnerTextAsync("#host"));
        await oracle.ExpandAsync("Ändra förhinder");
        var executed = await oracle.ClickAsync("Skicka förhinder");
        Assert.Equal(CardVerbs.Decline, executed.Verb);
        Assert.Equal("maria.lind@klippan.se", executed.Data!.Value.GetProperty("substitute").GetString());
    }

    [Fact]
    public async Task Build_NoJoinLinkAndNoViewer_RendersWithoutLinkOrSubstituteChoice()
    {
        var events = await oracle.RenderAsync(AgendaCard.Build(CardScenarios.Agenda(new AttendanceTally(0, 0, 12), joinUrl: null)), "agenda-no-join-link");

        Assert.Empty(events);
        Assert.Equal(0, await oracle.Page.Locator(".ac-pushButton").Filter(new() { HasText = "Anslut till Teams-mötet" }).CountAsync());
        await oracle.ExpandAsync("Anmäl förhinder");
        Assert.Equal(0, await oracle.Page.GetByLabel("Ersättare").CountAsync());
        await oracle.Page.GetByLabel("Kommentar (syns bara för sekretariatet)").FillAsync("Sjuk");
        var executed = await oracle.ClickAsync("Skicka förhinder");
        Assert.Equal(CardVerbs.Decline, executed.Verb);
        Assert.Equal("Sjuk", executed.Data!.Value.GetProperty("comment").GetString());
        Assert.False(executed.Data!.Value.TryGetProperty("substitute", out _));
    }

    [Fact]
    public async Task Build_English_RendersClean()
    {
        var card = AgendaCard.Build(CardScenarios.Agenda(new AttendanceTally(7, 1, 4), CardScenarios.JoinUrl), Unanswered, CardLanguage.English);

        var events = await oracle.RenderAsync(card, "agenda-english");

        Assert.Empty(events);
        var shown = await oracle.Page.InnerTextAsync("#host");
        Assert.Contains("Friday 23 January 2026, 08:30–13:00", shown);
        Assert.Contains("Answers: 7 attending, 1 apology, 4 not answered", shown);
        Assert.Equal(CardVerbs.Accept, (await oracle.ClickAsync("I will attend")).Verb);
    }
}
