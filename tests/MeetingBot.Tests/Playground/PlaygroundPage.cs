using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeetingBot.Tests.Playground;

/// <summary>
/// The playground as a user sees it, in the words of a scenario: act as someone, open the chat or
/// the channel, say something, press a card's button, fill a card's input. Each step waits for the
/// page to settle (the conversation's event stream open and the bot told about the installation).
/// </summary>
public sealed class PlaygroundPage(IPage page, string screenshotDirectory)
{
    private static readonly float Timeout = 15_000;

    public IPage Page => page;

    public ILocator Messages => page.Locator("#messages .message");

    public ILocator BotMessages => page.Locator("#messages .message.from-bot");

    public ILocator Cards => page.Locator("#messages .message .card");

    public static async Task<PlaygroundPage> OpenAsync(IPage page, string baseUrl, string screenshotDirectory)
    {
        await page.GotoAsync(baseUrl + "/");
        var playground = new PlaygroundPage(page, screenshotDirectory);
        await playground.SettledAsync("chat");
        return playground;
    }

    /// <summary>Chooses who the page acts as: a roster member by name, or "Sekretariatet".</summary>
    public async Task ActAsAsync(string name)
    {
        var value = await page.Locator("#identity option").Filter(new() { HasTextRegex = new Regex("^" + Regex.Escape(name) + "\\b") }).First.GetAttributeAsync("value")
            ?? throw new InvalidOperationException($"No one called {name} to act as.");
        var view = await page.EvaluateAsync<string>("() => document.body.dataset.ready");
        await page.SelectOptionAsync("#identity", value);
        await page.WaitForSelectorAsync($"body[data-actor=\"{name}\"][data-ready=\"{view}\"]", new() { Timeout = Timeout });
    }

    public Task OpenChatAsync() => OpenAsync("chat");

    public Task OpenChannelAsync() => OpenAsync("channel");

    public Task OpenCalendarAsync() => OpenAsync("calendar");

    /// <summary>Types and sends a message; in the channel the page @mentions the bot, as a Teams user must.</summary>
    public async Task SendAsync(string text)
    {
        var before = await Messages.CountAsync();
        await page.FillAsync("#message-input", text);
        await page.ClickAsync("#send");
        await Expect(Messages).Not.ToHaveCountAsync(before, new() { Timeout = Timeout });
    }

    /// <summary>Waits until the bot's latest message contains <paramref name="text"/>.</summary>
    public Task ExpectBotSaysAsync(string text) =>
        Expect(BotMessages.Last).ToContainTextAsync(text, new() { Timeout = Timeout });

    /// <summary>The newest card containing <paramref name="cardText"/> (its title, say), or the card at an index (negative: from the end).</summary>
    public ILocator Card(string cardText) => Cards.Filter(new() { HasText = cardText }).Last;

    public ILocator Card(int index) => Cards.Nth(index);

    public Task PressAsync(string cardText, string actionTitle) => PressAsync(Card(cardText), actionTitle);

    public Task PressAsync(int cardIndex, string actionTitle) => PressAsync(Card(cardIndex), actionTitle);

    /// <summary>Fills a card input by its label (the newest card that has it).</summary>
    public Task FillInputAsync(string label, string value) =>
        page.Locator("#messages .card").GetByLabel(label).Last.FillAsync(value, new() { Timeout = Timeout });

    public async Task<string> LastCardTextAsync()
    {
        await Expect(Cards.Last).ToBeVisibleAsync(new() { Timeout = Timeout });
        return await Cards.Last.InnerTextAsync();
    }

    public async Task<string> ToastAsync()
    {
        await Expect(page.Locator("#toast")).ToBeVisibleAsync(new() { Timeout = Timeout });
        return await page.Locator("#toast").InnerTextAsync();
    }

    public ILocator Meetings => page.Locator("#meetings li");

    /// <summary>Clicks the calendar's .ics link and returns the downloaded file's text.</summary>
    public async Task<string> DownloadCalendarAsync()
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#ics-link"));
        var path = await download.PathAsync();
        return await File.ReadAllTextAsync(path);
    }

    public Task ScreenshotAsync(string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(screenshotDirectory, name + ".png") });

    private static async Task PressAsync(ILocator card, string actionTitle)
    {
        var exact = new Regex("^" + Regex.Escape(actionTitle) + "$");
        await card.Locator(".ac-pushButton").Filter(new() { HasTextRegex = exact }).First.ClickAsync(new() { Timeout = Timeout });
    }

    private async Task OpenAsync(string view)
    {
        await page.ClickAsync($"#nav-{view}");
        await SettledAsync(view);
    }

    private Task SettledAsync(string view) =>
        page.WaitForSelectorAsync($"body[data-ready=\"{view}\"]", new() { Timeout = Timeout });
}
