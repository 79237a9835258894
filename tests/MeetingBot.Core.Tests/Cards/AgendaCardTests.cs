using MeetingBot.Core.Cards;

namespace MeetingBot.Core.Tests.Cards;

public sealed class AgendaCardTests
{
    [Fact]
    public void Build_AnyMeeting_ActionsCarryOnlyTheMeetingId()
    {
        var json = CardTestData.Json(AgendaCard.Build(CardTestData.Agenda(), new AgendaViewer(null, [new("maria.lind@klippan.se", "Maria Lind")])));

        var executes = CardTestData.Actions(json).Where(a => a["type"]!.GetValue<string>() is "Action.Execute" or "Action.Submit").ToList();

        Assert.NotEmpty(executes);
        Assert.All(executes, a => Assert.Equal(CardTestData.MeetingId, a["data"]!["meetingId"]!.GetValue<string>()));
        Assert.All(executes, a => Assert.Empty(a["data"]!.AsObject().Select(p => p.Key).Except(["meetingId", "verb"])));
    }

    [Fact]
    public void Build_JagKommer_IsAnExecuteWithSubmitFallback()
    {
        var accept = CardTestData.Action(CardTestData.Json(AgendaCard.Build(CardTestData.Agenda())), "Jag kommer");

        Assert.Equal("Action.Execute", accept["type"]!.GetValue<string>());
        Assert.Equal(CardVerbs.Accept, accept["verb"]!.GetValue<string>());
        Assert.Equal("Action.Submit", accept["fallback"]!["type"]!.GetValue<string>());
        Assert.Equal(CardVerbs.Accept, accept["fallback"]!["data"]!["verb"]!.GetValue<string>());
    }

    [Fact]
    public void Build_Always_RefreshesForTheRoster()
    {
        var json = CardTestData.Json(AgendaCard.Build(CardTestData.Agenda()));

        Assert.Equal("Action.Execute", json["refresh"]!["action"]!["type"]!.GetValue<string>());
        Assert.Equal(CardVerbs.RefreshAgenda, json["refresh"]!["action"]!["verb"]!.GetValue<string>());
        Assert.Equal(12, json["refresh"]!["userIds"]!.AsArray().Count);
    }

    [Fact]
    public void Build_RosterOfSixtyOne_ThrowsNamingTheLimit()
    {
        var error = Assert.Throws<DomainException>(() => AgendaCard.Build(CardTestData.Agenda(rosterSize: 61)));

        Assert.Contains("at most 60", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RosterOfSixty_Builds()
    {
        Assert.Equal(60, AgendaCard.Build(CardTestData.Agenda(rosterSize: 60)).Refresh!.UserIds.Count);
    }

    [Fact]
    public void Build_JoinUrl_AddsTheOpenUrlActionFirst()
    {
        var url = new Uri("https://teams.microsoft.com/l/meetup-join/abc");

        var card = AgendaCard.Build(CardTestData.Agenda(url));

        var open = Assert.IsType<OpenUrlAction>(card.Actions![0]);
        Assert.Equal("Anslut till Teams-mötet", open.Title);
        Assert.Equal(url, open.Url);
    }

    [Fact]
    public void Build_NoPlace_ShowsTimeButNoEmptyPlaceFact()
    {
        var card = AgendaCard.Build(CardTestData.Agenda() with { Location = " " });

        var facts = Assert.IsType<FactSet>(card.Body[1]).Facts;
        Assert.Equal(["Tid"], facts.Select(f => f.Title));
    }

    [Fact]
    public void Build_Place_ShowsIt()
    {
        var facts = Assert.IsType<FactSet>(AgendaCard.Build(CardTestData.Agenda() with { Location = "Stadshuset, Helsingborg" }).Body[1]).Facts;

        Assert.Contains(facts, f => f.Title == "Plats" && f.Value == "Stadshuset, Helsingborg");
    }

    [Fact]
    public void Build_NoJoinUrl_HasNoOpenUrlAction()
    {
        Assert.DoesNotContain(AgendaCard.Build(CardTestData.Agenda()).Actions!, a => a is OpenUrlAction);
    }

    [Fact]
    public void Build_ViewerWithSubstitutes_DeclineFormHasLabelledOptionalInputs()
    {
        var card = AgendaCard.Build(CardTestData.Agenda(), new AgendaViewer(null, [new("maria.lind@klippan.se", "Maria Lind")]));

        var decline = Assert.IsType<ShowCardAction>(card.Actions!.Single(a => a.Title == "Anmäl förhinder"));
        var choice = Assert.IsType<ChoiceSetInput>(decline.Card.Body[0]);
        var comment = Assert.IsType<TextInput>(decline.Card.Body[1]);
        Assert.Equal(("Ersättare", CardInputs.Substitute, (bool?)null), (choice.Label, choice.Id, choice.IsRequired));
        Assert.Equal(("Kommentar (syns bara för sekretariatet)", CardInputs.Comment, (bool?)null), (comment.Label, comment.Id, comment.IsRequired));
        var send = Assert.IsType<ExecuteAction>(Assert.Single(decline.Card.Actions!));
        Assert.Equal(CardVerbs.Decline, send.Verb);
    }

    [Fact]
    public void Build_NoViewer_DeclineFormHasOnlyTheComment()
    {
        var decline = Assert.IsType<ShowCardAction>(AgendaCard.Build(CardTestData.Agenda()).Actions!.Single(a => a.Title == "Anmäl förhinder"));

        Assert.IsType<TextInput>(Assert.Single(decline.Card.Body));
    }

    [Theory]
    [InlineData(AttendanceStatus.Coming, null, "Ditt svar: Jag kommer")]
    [InlineData(AttendanceStatus.Declined, "Maria Lind", "Ditt svar: Förhinder (ersättare: Maria Lind)")]
    [InlineData(AttendanceStatus.Declined, null, "Ditt svar: Förhinder")]
    public void Build_ViewerAnswered_ShowsTheirAnswer(AttendanceStatus status, string? substitute, string expected)
    {
        var card = AgendaCard.Build(CardTestData.Agenda(), new AgendaViewer(new ViewerAnswer(status, substitute), []));

        Assert.Contains(card.Body.OfType<TextBlock>(), t => t.Text == expected);
    }

    [Fact]
    public void Build_ViewerDeclinedWithSubstitute_PreselectsTheSubstituteAndOffersAChange()
    {
        var card = AgendaCard.Build(CardTestData.Agenda(), new AgendaViewer(new ViewerAnswer(AttendanceStatus.Declined, "Maria Lind"), [new("maria.lind@klippan.se", "Maria Lind")]));

        var change = Assert.IsType<ShowCardAction>(card.Actions!.Single(a => a.Title == "Ändra förhinder"));
        Assert.Equal("maria.lind@klippan.se", Assert.IsType<ChoiceSetInput>(change.Card.Body[0]).Value);
        Assert.Contains(card.Actions!, a => a.Title == "Jag kommer");
    }

    [Fact]
    public void Build_Tally_IsWrittenInWords()
    {
        var model = CardTestData.Agenda() with { Tally = new AttendanceTally(7, 1, 4) };

        Assert.Contains(AgendaCard.Build(model).Body.OfType<TextBlock>(), t => t.Text == "Svar: 7 kommer, 1 förhinder, 4 ej svarat");
    }

    [Fact]
    public void Build_SeedItems_NumbersEachItemWithItsDetails()
    {
        var text = CardJson.Serialize(AgendaCard.Build(CardTestData.Agenda()));

        Assert.Contains("\"9. Kommundirektörsgruppens möten under 2026\"", text, StringComparison.Ordinal);
        Assert.Contains("Föredragande: Kajsa Helmbring, försvarsdirektör, Länsstyrelsen Skåne", text, StringComparison.Ordinal);
        Assert.Contains("Underlag: Bilaga 1: Förslag på mötestider 2026 för kommundirektörsgruppen", text, StringComparison.Ordinal);
        Assert.Contains("fredag 23 januari 2026, 08:30–13:00", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"lang\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_English_UsesTheEnglishTexts()
    {
        var text = CardJson.Serialize(AgendaCard.Build(CardTestData.Agenda(), language: CardLanguage.English));

        Assert.Contains("Friday 23 January 2026, 08:30–13:00", text, StringComparison.Ordinal);
        Assert.Contains("\"I will attend\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jag kommer", text, StringComparison.Ordinal);
    }
}
