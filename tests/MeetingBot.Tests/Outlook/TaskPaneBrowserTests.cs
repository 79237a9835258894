using MeetingBot.Meetings;
using MeetingBot.Tests.Cards;
using Microsoft.Playwright;

namespace MeetingBot.Tests.Outlook;

/// <summary>
/// The task pane page in Debian's Chromium, opened outside Outlook as a developer would: it never loads
/// Office.js, signs in through the development issuer and answers through the same API as in Outlook.
/// </summary>
public sealed class TaskPaneBrowserTests(OutlookHost host) : IClassFixture<OutlookHost>
{
    private static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "outlook-screenshots");

    [Fact]
    public async Task TaskPane_OutsideOutlook_ShowsTheAgendaAndSendsApologiesWithASubstitute()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(CardOracle.BrowserOptions());
        var page = await browser.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        var date = host.UpcomingDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        await page.GotoAsync($"{host.Client.BaseAddress}outlook/taskpane.html?dev=1&date={date}&oid={OutlookHost.TomasOid}");
        await page.Locator("#agenda li").Nth(1).WaitForAsync(new() { Timeout = 10_000 });
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, "taskpane-agenda.png"), FullPage = true });

        Assert.Contains("Idrottsgalan 2026", await page.InnerTextAsync("#agenda"), StringComparison.Ordinal);
        Assert.Equal("Du har inte svarat ännu.", await page.InnerTextAsync("#answer"));

        await page.ClickAsync("#decline");
        await page.FillAsync("#substitute", "Anna Höganäs");
        await page.FillAsync("#comment", "Krock med kommunstyrelsen");
        await page.ClickAsync("#send-decline");
        await page.Locator("#answer", new() { HasText = "Förhinder" }).WaitForAsync(new() { Timeout = 10_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, "taskpane-declined.png"), FullPage = true });

        Assert.Equal("Ditt svar: Förhinder (ersättare: Anna Höganäs)", await page.InnerTextAsync("#answer"));
        Assert.Contains("ersättare", await page.InnerTextAsync("#status"), StringComparison.Ordinal);
        Assert.False(await page.IsVisibleAsync("#decline-form"));
        Assert.DoesNotContain(requested, url => !url.StartsWith(host.Client.BaseAddress!.ToString(), StringComparison.Ordinal));
        var attendance = (await host.Service<AttendanceService>().GetAsync(host.UpcomingId, CancellationToken.None))!;
        Assert.Equal("Anna Höganäs", attendance.Members.Single(m => m.Member.Name == "Tomas Rikse").Answer!.SubstituteName);
    }
}
