using System.Text.RegularExpressions;
using MeetingBot.Core.Roster;
using MeetingBot.Playground.Sample;
using MeetingBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeetingBot.Tests.Playground;

/// <summary>
/// The 23 January meeting from the secretariat's command to the protocol draft, clicked through the
/// playground in a real browser: the series, the agenda (pasted under its command), Kristina's "Jag
/// kommer" and Tomas's apologies with a substitute on their own cards, the tally on both cards, the
/// draft's lists, and the Outlook task pane showing the same meeting. A screenshot per step.
/// </summary>
public sealed class AgendaFlowBrowserTests(JanuaryPlaygroundHost host) : IClassFixture<JanuaryPlaygroundHost>
{
    private static readonly LocatorAssertionsToContainTextOptions Wait = new() { Timeout = 15_000 };

    /// <summary>Someone of Tomas Rikse's organisation (the sample has nobody else from Klippan), added as <c>roster import</c> adds people.</summary>
    private static readonly Member Substitute = new("Per Persson", "Klippan", "per.persson@" + SamplePeople.EmailDomain, MemberRole.Member);

    [Fact]
    public async Task Playground_January23Flow_AnswersOnCardsReachTallyDraftAndTaskPane()
    {
        await host.App.Services.GetRequiredService<RosterStore>().UpsertAsync([Substitute], CancellationToken.None);
        var page = await host.OpenPageAsync();

        // The secretariat: the bot must know the channel before it can post there.
        await page.ActAsAsync("Sekretariatet");
        await page.OpenChannelAsync();
        await page.OpenChatAsync();
        await page.SendAsync("skapa mötesserie 2026");
        await page.ExpectBotSaysAsync("Mötesserien 2026 finns i kalendern: 10 möten");
        await page.SendAsync("ändra dagordning 23 januari\n" + Meetings.SeedAgenda.Text);
        await Expect(page.BotMessages.Last).ToContainTextAsync("Dagordningen har nu", Wait);
        await page.SendAsync("dagordning 23 januari");
        await Expect(page.BotMessages.Last).ToContainTextAsync(new Regex(@"Dagordningen för 23 januari 2026 är postad i teamets kanal och skickad till (\d+) av \1 ledamöter\.$"), Wait);
        await page.ScreenshotAsync("flow-01-secretariat-posts-agenda");

        await page.ActAsAsync("Kristina Magnusson");
        await Expect(page.Card(-1)).ToContainTextAsync("Du har inte svarat", Wait);
        await page.PressAsync(-1, "Jag kommer");
        await Expect(page.Card(-1)).ToContainTextAsync("Svar: 1 kommer, 0 förhinder", Wait);
        await Expect(page.Card(-1)).ToContainTextAsync("Ditt svar: Jag kommer", Wait);
        await ShowTopOfLastCardAsync(page);
        await page.ScreenshotAsync("flow-02-kristina-comes");

        await page.ActAsAsync("Tomas Rikse");
        await Expect(page.Card(-1)).ToContainTextAsync(new Regex("Svar: 1 kommer, 0 förhinder.*Du har inte svarat ännu"), Wait);
        await page.PressAsync(-1, "Anmäl förhinder");
        await page.Card(-1).GetByLabel("Ersättare").SelectOptionAsync(new SelectOptionValue { Label = Substitute.Name }, new() { Timeout = 15_000 });
        await page.FillInputAsync("Kommentar (syns bara för sekretariatet)", "Krock med kommunfullmäktige");
        await page.PressAsync(-1, "Skicka förhinder");
        await Expect(page.Card(-1)).ToContainTextAsync("Svar: 1 kommer, 1 förhinder", Wait);
        await Expect(page.Card(-1)).ToContainTextAsync("Ditt svar: Förhinder (ersättare: Per Persson)", Wait);
        await ShowTopOfLastCardAsync(page);
        await page.ScreenshotAsync("flow-03-tomas-sends-apologies");

        await page.ActAsAsync("Kristina Magnusson");
        await Expect(page.Card(-1)).ToContainTextAsync("Svar: 1 kommer, 1 förhinder", Wait);
        await ShowTopOfLastCardAsync(page);
        await page.ScreenshotAsync("flow-04-kristina-sees-tally");

        await page.OpenChannelAsync();
        await Expect(page.Card(-1)).ToContainTextAsync("Svar: 1 kommer, 1 förhinder", Wait);

        await page.ActAsAsync("Sekretariatet");
        await page.OpenChatAsync();
        await page.SendAsync("protokollutkast 23 januari");
        await Expect(page.Card(-1)).ToContainTextAsync("Anmält förhinder", Wait);
        var draft = await page.LastCardTextAsync();
        Assert.Matches(new Regex(@"Närvarande[\s\S]*Kristina Magnusson, Bjuv[\s\S]*Per Persson, Klippan \(ersättare för Tomas Rikse\)[\s\S]*Anmält förhinder[\s\S]*Tomas Rikse, Klippan"), draft);
        await ShowTopOfLastCardAsync(page);
        await page.ScreenshotAsync("flow-05-protocol-draft");

        var taskPane = page.Page;
        var kristina = SamplePeople.AadObjectIdFor(SamplePeople.EmailFor("Kristina Magnusson"));
        await taskPane.GotoAsync($"{host.BaseUrl}/outlook/taskpane.html?dev=1&date=2026-01-23&oid={kristina}");
        await taskPane.Locator("#agenda li").Nth(1).WaitForAsync(new() { Timeout = 15_000 });
        await Expect(taskPane.Locator("#answer")).ToHaveTextAsync("Ditt svar: Jag kommer", new() { Timeout = 15_000 });
        Assert.Contains("Civilt försvar och krisberedskap", await taskPane.InnerTextAsync("#agenda"), StringComparison.Ordinal);
        await taskPane.ScreenshotAsync(new() { Path = Path.Combine(PlaygroundHost.ScreenshotDirectory, "flow-06-outlook-task-pane.png"), FullPage = true });
    }

    /// <summary>The tally and the lists are at the top of a long card; the screenshot should show them.</summary>
    private static Task ShowTopOfLastCardAsync(PlaygroundPage page) =>
        page.Card(-1).EvaluateAsync("card => card.scrollIntoView({ block: 'start' })");
}
