using MeetingBot.Testing;
using MeetingBot.Core.Cards;

namespace MeetingBot.Tests.Cards;

[Collection(CardOracleCollection.Name)]
public sealed class AgendaEditCardRenderingTests(CardOracle oracle)
{
    private static AgendaEditModel Seed { get; } = new(
        CardScenarios.MeetingId, "Kommundirektörsmöte i Familjen Helsingborg", new DateOnly(2026, 1, 23),
        [.. CardScenarios.Seed.Items.Select(SeedAgendaItems.From)]);

    /// <summary>The renderer wraps each input in a div carrying the input's id.</summary>
    private Microsoft.Playwright.ILocator Input(string id) => oracle.Page.Locator($"#{id}").Locator("input, textarea");

    [Fact]
    public async Task Build_SeedAgenda_RendersEveryItemWithoutEvents()
    {
        var events = await oracle.RenderAsync(AgendaEditCard.Build(Seed), "agenda-edit");

        Assert.Empty(events);
        var text = await oracle.Page.InnerTextAsync("#host");
        Assert.Contains("Ändra dagordning: Kommundirektörsmöte i Familjen Helsingborg", text);
        Assert.Contains("8. Traineeprojekt 2025/2026", text);
    }

    [Fact]
    public async Task Build_EmptyAgenda_RendersWithoutEventsAndOffersAdding()
    {
        var events = await oracle.RenderAsync(AgendaEditCard.Build(Seed with { Items = [] }), "agenda-edit-empty");

        Assert.Empty(events);
        Assert.Contains("Dagordningen är tom.", await oracle.Page.InnerTextAsync("#host"));
    }

    [Fact]
    public async Task Build_ItemEdited_SendsItsNumberAndTheNewTexts()
    {
        await oracle.RenderAsync(AgendaEditCard.Build(Seed), "agenda-edit-item");

        await oracle.ExpandAsync(AgendaEditCard.EditTitle(8));
        await Input(AgendaEditInputs.Title(8)).FillAsync("Traineeprojekt 2026");
        var executed = await oracle.ClickAsync(AgendaEditCard.SaveTitle(8));

        Assert.Equal(AgendaEditVerbs.Edit, executed.Verb);
        var data = executed.Data!.Value;
        Assert.Equal(8, data.GetProperty(CardInputs.Item).GetInt32());
        Assert.Equal("Traineeprojekt 2026", data.GetProperty(AgendaEditInputs.Title(8)).GetString());
        Assert.Equal(CardScenarios.MeetingId, data.GetProperty(CardInputs.MeetingId).GetString());
    }

    [Fact]
    public async Task Build_ItemAdded_SendsTheNewItemsInputs()
    {
        await oracle.RenderAsync(AgendaEditCard.Build(Seed), "agenda-edit-add");

        await oracle.ExpandAsync("Lägg till punkt");
        await Input(AgendaEditInputs.Title(null)).FillAsync("Övriga frågor");
        await Input(AgendaEditInputs.Presenters(null)).FillAsync("Jenny Hamrin\nCamilla Sundin");
        await oracle.Page.Locator("#host").ScreenshotAsync(new() { Path = Path.Combine(CardOracle.ScreenshotDirectory, "agenda-edit-add-open.png") });
        var executed = await oracle.ClickAsync("Lägg till");

        Assert.Equal(AgendaEditVerbs.Add, executed.Verb);
        Assert.Equal("Övriga frågor", executed.Data!.Value.GetProperty(AgendaEditInputs.Title(null)).GetString());
        Assert.Equal(["Jenny Hamrin", "Camilla Sundin"], AgendaEditInputs.Lines(executed.Data!.Value.GetProperty(AgendaEditInputs.Presenters(null)).GetString()));
    }

    [Theory]
    [InlineData("Flytta upp § 3", AgendaEditVerbs.Move, """{"meetingId":"2026-01-23","item":3,"to":2}""")]
    [InlineData("Flytta ned § 3", AgendaEditVerbs.Move, """{"meetingId":"2026-01-23","item":3,"to":4}""")]
    [InlineData("Ta bort § 3", AgendaEditVerbs.Remove, """{"meetingId":"2026-01-23","item":3}""")]
    public async Task Build_ItemButtonClicked_SendsItsVerbAndData(string title, string verb, string data)
    {
        await oracle.RenderAsync(AgendaEditCard.Build(Seed), "agenda-edit");

        var executed = await oracle.ClickAsync(title);

        Assert.Equal(verb, executed.Verb);
        Assert.Equal(data, executed.Data!.Value.GetRawText());
    }

    [Fact]
    public async Task Build_ReportBackOffered_RendersWithoutEventsAndThePressNamesTheAssignment()
    {
        var offer = new AgendaOffer(12, "Återrapportering: ta fram ett gemensamt yttrande över trafikplanen",
            "Uppdrag till sekretariatet enligt protokoll 6/2025 § 2, till styrelsemötet den 31 oktober.");
        var events = await oracle.RenderAsync(AgendaEditCard.Build(Seed with { Offers = [offer] }), "agenda-edit-report-back");

        Assert.Empty(events);
        Assert.Contains(AgendaEditTexts.Swedish.ReportBackHeading, await oracle.Page.InnerTextAsync("#host"));
        var executed = await oracle.ClickAsync($"Lägg till: {offer.Title}");

        Assert.Equal(AgendaEditVerbs.AddReportBack, executed.Verb);
        Assert.Equal("""{"meetingId":"2026-01-23","assignment":12}""", executed.Data!.Value.GetRawText());
    }
}
