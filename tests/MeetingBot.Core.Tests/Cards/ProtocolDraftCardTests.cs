using MeetingBot.Core.Cards;
using MeetingBot.Core.Tests.Documents;

namespace MeetingBot.Core.Tests.Cards;

public sealed class ProtocolDraftCardTests
{
    private static ProtocolDraftCardModel Draft(DraftState state) =>
        new(CardTestData.MeetingId, "Kommundirektörsmöte", new DateOnly(2026, 1, 23), state, SeedProtocol.Value.Items);

    [Fact]
    public void Build_Draft_OffersADecisionFormPerItemWithUniqueInputIds()
    {
        var json = CardTestData.Json(ProtocolDraftCard.Build(Draft(DraftState.Draft)));

        var saves = CardTestData.Actions(json).Where(a => a["verb"]?.GetValue<string>() == CardVerbs.EnterDecisions).ToList();
        Assert.Equal(Enumerable.Range(1, 9), saves.Select(a => a["data"]!["item"]!.GetValue<int>()));
        var inputIds = Enumerable.Range(1, 9).Select(CardInputs.Decisions).ToList();
        Assert.Equal(9, inputIds.Distinct().Count());
        Assert.All(inputIds, id => Assert.Contains($"\"id\":\"{id}\"", json.ToJsonString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ItemWithDecisions_PrefillsItsFormOneClausePerLine()
    {
        var card = ProtocolDraftCard.Build(Draft(DraftState.Draft));

        var form = card.Body.OfType<Container>().SelectMany(c => c.Items.OfType<ActionSet>()).SelectMany(s => s.Actions)
            .OfType<ShowCardAction>().Single(a => a.Title == ProtocolDraftCard.EnterDecisionsTitle(4));
        var input = Assert.IsType<TextInput>(Assert.Single(form.Card.Body));
        Assert.True(input.IsMultiline);
        Assert.Equal("Beslut, en att-sats per rad", input.Label);
        Assert.Equal(string.Join("\n", SeedProtocol.Value.Items[3].Decisions), input.Value);
    }

    [Fact]
    public void Build_Draft_OffersBothDownloadsAndFinalise()
    {
        var json = CardTestData.Json(ProtocolDraftCard.Build(Draft(DraftState.Draft)));

        Assert.Equal("docx", CardTestData.Action(json, "Ladda ner Word (.docx)")["data"]!["format"]!.GetValue<string>());
        Assert.Equal("markdown", CardTestData.Action(json, "Ladda ner Markdown")["data"]!["format"]!.GetValue<string>());
        Assert.Equal(CardVerbs.Finalise, CardTestData.Action(json, "Fastställ")["verb"]!.GetValue<string>());
        Assert.Contains(ProtocolDraftCard.Build(Draft(DraftState.Draft)).Body.OfType<FactSet>().Single().Facts, f => f == new Fact("Status", "Utkast"));
    }

    [Fact]
    public void Build_Finalised_IsLockedAndOffersDownloadsOnly()
    {
        var card = ProtocolDraftCard.Build(Draft(DraftState.Finalised));

        Assert.Equal([CardVerbs.Download, CardVerbs.Download], card.Actions!.OfType<ExecuteAction>().Select(a => a.Verb));
        Assert.Empty(card.Body.OfType<Container>().SelectMany(c => c.Items.OfType<ActionSet>()));
        Assert.Contains(card.Body.OfType<FactSet>().Single().Facts, f => f == new Fact("Status", "Fastställt"));
    }

    [Fact]
    public void Build_ItemWithoutDecisions_SaysSo()
    {
        var model = Draft(DraftState.Draft) with { Items = [SeedProtocol.Value.Items[0] with { Decisions = [] }] };

        var item = ProtocolDraftCard.Build(model).Body.OfType<Container>().Last();

        Assert.Contains(item.Items.OfType<TextBlock>(), t => t.Text == "Inga beslut ännu.");
    }

    [Fact]
    public void Build_DraftWithAnswers_ListsPresentWithSubstitutesThenApologies()
    {
        var model = Draft(DraftState.Draft) with
        {
            Present = [new("Kristina Magnusson", "Bjuv"), new("Per Persson", "Klippan (ersättare för Tomas Rikse)")],
            Absent = [new("Tomas Rikse", "Klippan")],
        };

        var lists = ProtocolDraftCard.Build(model).Body.OfType<Container>().Take(2)
            .Select(c => c.Items.OfType<TextBlock>().Select(t => t.Text).ToList()).ToList();

        Assert.Equal(["Närvarande", "Kristina Magnusson, Bjuv", "Per Persson, Klippan (ersättare för Tomas Rikse)"], lists[0]);
        Assert.Equal(["Anmält förhinder", "Tomas Rikse, Klippan"], lists[1]);
    }

    [Fact]
    public void Build_NobodyAnswered_SaysSoUnderBothLists()
    {
        var lists = ProtocolDraftCard.Build(Draft(DraftState.Draft)).Body.OfType<Container>().Take(2).ToList();

        Assert.All(lists, list => Assert.Contains(list.Items.OfType<TextBlock>(), t => t.Text == "Ingen ännu."));
    }
}
