using MeetingBot.Core.Cards;
using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Tests.Cards;

public sealed class AttendanceCardTests
{
    private static readonly AttendanceCardModel Model = new(CardTestData.MeetingId, "Kommundirektörsmöte", new DateOnly(2026, 1, 23),
    [
        new(new Participant("Kristina Magnusson", "Bjuv"), AttendanceStatus.Coming),
        new(new Participant("Tomas Rikse", "Klippan"), AttendanceStatus.Declined, "Maria Lind", "Krockar med KS"),
        new(new Participant("Anna Berg", "Bjuv"), AttendanceStatus.NotAnswered),
    ]);

    [Fact]
    public void Build_Mixed_GroupsByOrganisationInRosterOrder()
    {
        var organisations = AttendanceCard.Build(Model).Body.OfType<Container>()
            .Select(c => Assert.IsType<TextBlock>(c.Items[0]).Text);

        Assert.Equal(["Bjuv", "Klippan"], organisations);
    }

    [Fact]
    public void Build_Declined_ShowsSubstituteAndComment()
    {
        var klippan = AttendanceCard.Build(Model).Body.OfType<Container>().Single(c => ((TextBlock)c.Items[0]).Text == "Klippan");

        var facts = Assert.IsType<FactSet>(klippan.Items[1]).Facts;
        Assert.Equal(new Fact("Förhinder", "Tomas Rikse (ersättare: Maria Lind; kommentar: Krockar med KS)"), facts[1]);
        Assert.Equal(new Fact("Kommer", "–"), facts[0]);
    }

    [Fact]
    public void Build_Mixed_CountsEveryAnswer()
    {
        Assert.Contains(AttendanceCard.Build(Model).Body.OfType<TextBlock>(), t => t.Text == "Svar: 1 kommer, 1 förhinder, 1 ej svarat");
    }

    [Fact]
    public void Build_Actions_RemindAndCreateDraftWithTheMeetingId()
    {
        var json = CardTestData.Json(AttendanceCard.Build(Model));

        Assert.Equal(CardVerbs.Remind, CardTestData.Action(json, "Påminn")["verb"]!.GetValue<string>());
        Assert.Equal(CardVerbs.CreateDraft, CardTestData.Action(json, "Skapa protokollutkast")["verb"]!.GetValue<string>());
        Assert.Equal(CardTestData.MeetingId, CardTestData.Action(json, "Påminn")["data"]!["meetingId"]!.GetValue<string>());
    }
}
