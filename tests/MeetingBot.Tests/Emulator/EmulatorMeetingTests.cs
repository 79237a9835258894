using System.Text.RegularExpressions;
using MeetingBot.Playground;
using MeetingBot.Tests.Meetings;
using static Microsoft.Playwright.Assertions;

namespace MeetingBot.Tests.Emulator;

/// <summary>
/// A whole meeting in Microsoft 365 Agents Playground, Microsoft's Teams emulator with Teams' card
/// renderer, as the secretary Christian Dahlmann (the emulator's user, from the roster): help, a
/// question, the series, the agenda pasted, posted to the channel with a real @mention, apologies with
/// a comment on the channel's card, then attendance and the draft in his own chat. It checks what
/// the emulator shows, that the host logged no error, and that the emulator warns about nothing new.
/// </summary>
public sealed class EmulatorMeetingTests(EmulatorSession session) : IClassFixture<EmulatorSession>
{
    /// <summary>
    /// What the emulator lacks today and says so in its log panel; Teams has both. A new warning means
    /// the bot now uses something else the emulator cannot check: look at it, then list it here.
    /// </summary>
    private static readonly string[] KnownWarnings =
    [
        "Full width control is not supported yet in Microsoft 365 Agents playground",
        "User specific view is not supported yet in Microsoft 365 Agents playground",
    ];

    private const string Comment = "Krock med kommunfullmäktige";

    private readonly List<string> failures = [];

    [Fact]
    public async Task AgentsPlayground_WholeMeeting_SwedishCardsTallyAndPrivateAttendance()
    {
        var page = await session.OpenPageAsync();
        try
        {
            await RunMeetingAsync(page);
        }
        finally
        {
            await page.ScreenshotAsync("emulator-last");
        }

        // Everything wrong at once, not only the first thing: the flow goes on past a wrong text.
        var unknown = (await page.WarningsAsync()).Where(w => !KnownWarnings.Any(k => w.StartsWith(k, StringComparison.Ordinal))).Distinct().ToList();
        failures.AddRange(unknown.Select(w => "New emulator warning: " + w));
        failures.AddRange(session.Errors.Entries.Select(e => "The host logged: " + e));
        Assert.True(failures.Count == 0, "In the emulator:\n" + string.Join("\n", failures));
    }

    private void Check(Action assertion)
    {
        try
        {
            assertion();
        }
        catch (Xunit.Sdk.XunitException ex)
        {
            failures.Add(ex.Message);
        }
    }

    private async Task CheckAsync(Func<Task> expectation)
    {
        try
        {
            await expectation();
        }
        catch (Microsoft.Playwright.PlaywrightException ex)
        {
            failures.Add(ex.Message.Split('\n')[0]);
        }
    }

    private async Task RunMeetingAsync(EmulatorPage page)
    {
        // 1. hjälp, in the secretary's personal chat.
        await page.OpenPersonalChatAsync();
        await page.SayAsync("hjälp");
        await page.ExpectBotSaysAsync("Sekretariatet kan dessutom skriva");
        var help = await page.BotMessageTextAsync("Sekretariatet kan dessutom skriva");
        Check(() => Assert.Contains("skapa mötesserie 2026", help, StringComparison.Ordinal));
        Check(() => Assert.Contains("närvaro 23 januari", help, StringComparison.Ordinal));
        await page.ScreenshotAsync("emulator-01-help");

        // 2. A question about a decision: the answer as text and as a card.
        await page.SayAsync("Vad beslutades om idrottsgalan?");
        var answerCard = await page.CardTextAsync("Svar från beslutsregistret");
        Check(() => Assert.Contains("Protokoll nr 5 2025, § 7, 13 juni 2025", answerCard, StringComparison.Ordinal));
        Check(() => Assert.Contains("att tacka för informationen", answerCard, StringComparison.Ordinal));
        var answer = await page.BotMessageTextAsync("Så här beslutade mötet");

        // The emulator renders text as Markdown, as Teams does: the reference and the decision are separate lines.
        Check(() => Assert.Matches(new Regex(@"Idrottsgala 2026\s*\n\s*Mötet beslutade"), answer));
        await page.ScreenshotAsync("emulator-02-question");

        // 3. The year's series.
        await page.SayAsync("skapa mötesserie 2026");
        await page.ExpectBotSaysAsync("Mötesserien 2026 finns i kalendern: 10 möten");
        await page.ScreenshotAsync("emulator-03-series");

        // 4. The agenda, pasted under its command; the form comes back in Swedish although the client speaks en-US.
        var form = await page.SayAndReadNewCardAsync("ändra dagordning 23 januari\n" + SeedAgenda.Text);
        await page.ExpectBotSaysAsync("Dagordningen har nu 9 punkter.");
        Check(() => Assert.Contains("Ändra dagordning", form, StringComparison.Ordinal));
        Check(() => Assert.Contains("Flytta upp", form, StringComparison.Ordinal));
        Check(() => Assert.DoesNotContain("Move up", form, StringComparison.Ordinal));
        await page.ScreenshotAsync("emulator-04-agenda-form");

        // 5. The agenda to the team channel; the bot hears a channel only when @mentioned.
        await page.OpenChannelAsync(PlaygroundTeam.TeamName);
        await page.PostMentioningAsync(PlaygroundTeam.BotName, "dagordning 23 januari");
        await Expect(page.Page.GetByText(new Regex(@"Dagordningen för 23 januari 2026 är postad i teamets kanal och skickad till \d+ av \d+ ledamöter")).First)
            .ToBeVisibleAsync(new() { Timeout = EmulatorPage.Timeout });
        var agenda = await page.CardTextAsync("Civilt försvar och krisberedskap");
        Check(() => Assert.Contains("Kommundirektörsmöte i Familjen Helsingborg", agenda, StringComparison.Ordinal));
        Check(() => Assert.Contains("fredag 23 januari 2026, 08:30–13:00", agenda, StringComparison.Ordinal));
        Check(() => Assert.Matches(new Regex("Svar: 0 kommer, 0 förhinder"), agenda));
        Check(() => Assert.DoesNotMatch(new Regex(@"Plats[ \t]*\n\s*Svar"), agenda));
        await page.ScreenshotAsync("emulator-05-agenda-in-channel");

        // 6. Apologies with a comment on the channel's card; the tally follows.
        var card = page.Card("Civilt försvar och krisberedskap");
        await card.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Anmäl förhinder" }).ClickAsync();
        await card.GetByLabel(new Regex("^Kommentar")).FillAsync(Comment);
        await page.ScreenshotAsync("emulator-06a-apologies-form");
        await card.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Skicka förhinder" }).ClickAsync();
        await CheckAsync(() => Expect(card).ToContainTextAsync("Svar: 0 kommer, 1 förhinder", new() { Timeout = 10_000 }));
        await CheckAsync(() => Expect(card).ToContainTextAsync("Ändra förhinder", new() { Timeout = 10_000 }));
        await page.ScreenshotAsync("emulator-06-tally");

        // 7. Attendance (with the comment) and the draft, in the secretary's own chat.
        await page.OpenPersonalChatAsync();
        var attendance = await page.SayAndReadNewCardAsync("närvaro 23 januari");
        Check(() => Assert.StartsWith("Närvaro", attendance.TrimStart(), StringComparison.Ordinal));
        Check(() => Assert.Contains("Christian Dahlmann", attendance, StringComparison.Ordinal));
        Check(() => Assert.Contains(Comment, attendance, StringComparison.Ordinal));
        Check(() => Assert.DoesNotContain("Sekretariatet", attendance, StringComparison.Ordinal));
        await page.ScreenshotAsync("emulator-07a-attendance");

        var draft = await page.SayAndReadNewCardAsync("protokollutkast 23 januari");
        Check(() => Assert.StartsWith("Protokollutkast", draft.TrimStart(), StringComparison.Ordinal));
        Check(() => Assert.Matches(new Regex(@"Anmält förhinder[\s\S]*Christian Dahlmann, sekretariatet"), draft));
        Check(() => Assert.DoesNotContain("Sekretariatet", draft, StringComparison.Ordinal));
        Check(() => Assert.DoesNotContain("Protocol draft", draft, StringComparison.Ordinal));
        await page.ScreenshotAsync("emulator-07-draft");
    }
}
