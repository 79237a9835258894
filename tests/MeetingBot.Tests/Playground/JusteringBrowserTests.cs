using MeetingBot.Playground.Sample;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeetingBot.Tests.Playground;

/// <summary>
/// Justering clicked through the playground in a real browser: the secretariat finalises the 23 January
/// protocol, names two signatories and sends it; Kristina and Tomas approve on the cards in their own
/// chats; the last approval offers the justerat PDF, and the channel gets the card. A screenshot per step.
/// The playground has no signing certificate, so the card says the PDF is not sealed.
/// </summary>
public sealed class JusteringBrowserTests(JanuaryPlaygroundHost host) : IClassFixture<JanuaryPlaygroundHost>
{
    private static readonly LocatorAssertionsToContainTextOptions Wait = new() { Timeout = 15_000 };

    [Fact]
    public async Task Playground_Justering_TwoMembersApproveAndTheJusteratPdfIsOffered()
    {
        var page = await host.OpenPageAsync();

        await page.ActAsAsync("Sekretariatet");
        await page.OpenChannelAsync();
        await page.OpenChatAsync();
        await page.SendAsync("skapa mötesserie 2026");
        await page.ExpectBotSaysAsync("Mötesserien 2026 finns i kalendern: 10 möten");
        await page.SendAsync("ändra dagordning 23 januari\n" + Meetings.SeedAgenda.Text);
        await Expect(page.BotMessages.Last).ToContainTextAsync("Dagordningen har nu", Wait);
        await page.SendAsync("dagordning 23 januari");
        await Expect(page.BotMessages.Last).ToContainTextAsync("Dagordningen för 23 januari 2026", Wait);
        await page.SendAsync("fastställ protokoll 23 januari");
        await Expect(page.BotMessages.Last).ToContainTextAsync("är fastställt och låst", Wait);
        await page.SendAsync("justerare 23 januari: Kristina Magnusson, Tomas Rikse");
        await page.ExpectBotSaysAsync("Protokollet för mötet 23 januari 2026 justeras av: Kristina Magnusson, Tomas Rikse.");
        await page.SendAsync("skicka för justering 23 januari");
        await Expect(page.BotMessages.Last).ToContainTextAsync("är skickat för justering till: Kristina Magnusson, Tomas Rikse", Wait);
        await page.ScreenshotAsync("justering-01-secretariat-sends");

        await page.ActAsAsync("Kristina Magnusson");
        await Expect(page.Card("Justering av protokoll nr")).ToContainTextAsync("Öppna protokollet (PDF)", Wait);
        await page.PressAsync("Justering av protokoll nr", "Justera");
        await Expect(page.Card("Justering av protokoll nr")).ToContainTextAsync("Du har justerat den här versionen.", Wait);
        await Expect(page.Card("Justering av protokoll nr")).ToContainTextAsync("har inte svarat", Wait);
        await page.ScreenshotAsync("justering-02-kristina-approves");

        await page.ActAsAsync("Tomas Rikse");
        await page.PressAsync("Justering av protokoll nr", "Justera");
        await Expect(page.Card("Justering av protokoll nr")).ToContainTextAsync("Öppna det justerade protokollet (PDF)", Wait);
        await page.ScreenshotAsync("justering-03-tomas-approves-last");

        await page.OpenChannelAsync();
        await Expect(page.Card("är justerat")).ToContainTextAsync("Öppna det justerade protokollet (PDF)", Wait);
        await Expect(page.Card("är justerat")).ToContainTextAsync("inte förseglad", Wait);
        await page.ScreenshotAsync("justering-04-channel-card");

        // The link as the card carries it (rendered as an anchor or as the markdown's text).
        var html = await page.Card("är justerat").InnerHTMLAsync();
        var link = System.Text.RegularExpressions.Regex.Match(html, @"https?://[^\s""'()<>]+/protocols/\d+/pdf\?version=final[^\s""'()<>]+").Value.Replace("&amp;", "&", StringComparison.Ordinal);
        Assert.NotEmpty(link);
        var response = await page.Page.APIRequest.GetAsync(link);
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
    }
}
