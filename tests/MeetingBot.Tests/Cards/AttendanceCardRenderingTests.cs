using MeetingBot.Core.Cards;

namespace MeetingBot.Tests.Cards;

[Collection(CardOracleCollection.Name)]
public sealed class AttendanceCardRenderingTests(CardOracle oracle)
{
    private static AdaptiveCard Mixed() => AttendanceCard.Build(new AttendanceCardModel(
        CardScenarios.MeetingId, "Kommundirektörsmöte i Familjen Helsingborg", new DateOnly(2026, 1, 23), CardScenarios.MixedAttendance));

    [Fact]
    public async Task Build_MixedAnswers_ListsEachOrganisationWithSubstituteAndComment()
    {
        var events = await oracle.RenderAsync(Mixed(), "attendance-mixed");

        Assert.Empty(events);
        var text = await oracle.Page.InnerTextAsync("#host");
        Assert.Contains("Svar: 8 kommer, 2 förhinder, 2 ej svarat", text);
        Assert.Contains("Klippan", text);
        Assert.Contains("Tomas Rikse (ersättare: Maria Lind; kommentar: Krockar med kommunstyrelsen)", text);
        Assert.Contains("Kristina Magnusson", text);
        Assert.Contains("Henry Roos", text);
        Assert.Contains("Ej svarat", text);
    }

    [Theory]
    [InlineData("Påminn", CardVerbs.Remind)]
    [InlineData("Skapa protokollutkast", CardVerbs.CreateDraft)]
    public async Task Build_ActionClicked_SendsItsVerbWithTheMeetingId(string title, string verb)
    {
        await oracle.RenderAsync(Mixed(), "attendance-mixed");

        var executed = await oracle.ClickAsync(title);

        Assert.Equal("Action.Execute", executed.Type);
        Assert.Equal(verb, executed.Verb);
        Assert.Equal("""{"meetingId":"2026-01-23"}""", executed.Data!.Value.GetRawText());
    }
}
