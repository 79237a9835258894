using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MeetingBot.Tests.Emulator;

/// <summary>
/// Agents Playground's web client as a user sees it: the personal chat and the team's General channel,
/// a compose box (a real @mention in the channel, picked from the typeahead, as Teams needs), bot
/// messages, Adaptive Cards drawn by the Teams renderer, and the log panel's warnings.
/// </summary>
internal sealed class EmulatorPage(IPage page, string screenshotDirectory)
{
    public static readonly float Timeout = 20_000;

    public IPage Page => page;

    /// <summary>Every message body the bot sent in the open chat (text or card).</summary>
    public ILocator BotMessages => page.Locator(".fai-OutputCard");

    public ILocator Cards => page.Locator(".ac-adaptiveCard");

    public ILocator Card(string text) => Cards.Filter(new() { HasText = text }).Last;

    public async Task OpenPersonalChatAsync()
    {
        await page.GetByRole(AriaRole.Treeitem, new() { Name = "Personal Chat" }).First.ClickAsync(new() { Timeout = Timeout });
        await Expect(ComposeBox).ToBeVisibleAsync(new() { Timeout = Timeout });
    }

    public async Task OpenChannelAsync(string teamName)
    {
        await page.GetByRole(AriaRole.Treeitem, new() { Name = teamName + " - General" }).ClickAsync(new() { Timeout = Timeout });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Post", Exact = true })).ToBeVisibleAsync(new() { Timeout = Timeout });
    }

    /// <summary>Types (or pastes, with line breaks) a message in the open chat and sends it.</summary>
    public async Task SayAsync(string text)
    {
        await ComposeBox.ClickAsync(new() { Timeout = Timeout });
        await page.Keyboard.InsertTextAsync(text);
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>A new post in the channel that @mentions the bot; typing "@Name" alone is not a mention.</summary>
    public async Task PostMentioningAsync(string botName, string text)
    {
        await ComposeBox.ClickAsync(new() { Timeout = Timeout });
        await page.Keyboard.TypeAsync("@" + botName[..4]);
        await page.Locator("#typeahead-menu").GetByText(botName).ClickAsync(new() { Timeout = Timeout });
        await page.Keyboard.TypeAsync(" " + text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Post", Exact = true }).ClickAsync(new() { Timeout = Timeout });
    }

    public Task ExpectBotSaysAsync(string text) =>
        Expect(BotMessages.Filter(new() { HasText = text }).Last).ToBeVisibleAsync(new() { Timeout = Timeout });

    public async Task<string> BotMessageTextAsync(string containing)
    {
        var message = BotMessages.Filter(new() { HasText = containing }).Last;
        await Expect(message).ToBeVisibleAsync(new() { Timeout = Timeout });
        return await message.InnerTextAsync();
    }

    public async Task<string> CardTextAsync(string containing)
    {
        await Expect(Card(containing)).ToBeVisibleAsync(new() { Timeout = Timeout });
        return await Card(containing).InnerTextAsync();
    }

    /// <summary>Says <paramref name="text"/> and returns the text of the card the bot answers with, whatever its language.</summary>
    public async Task<string> SayAndReadNewCardAsync(string text)
    {
        var before = await Cards.CountAsync();
        await SayAsync(text);
        await Expect(Cards).Not.ToHaveCountAsync(before, new() { Timeout = Timeout });
        return await Cards.Last.InnerTextAsync();
    }

    /// <summary>The texts after "(!) Warning:" in the log panel (the panel shortens long ones with "...").</summary>
    public async Task<IReadOnlyList<string>> WarningsAsync() =>
        await page.EvaluateAsync<string[]>(
            """() => Array.from(document.querySelectorAll('span')).filter(s => s.textContent.trim() === '(!) Warning:').map(s => (s.nextElementSibling?.textContent ?? '').trim())""");

    public async Task ScreenshotAsync(string name)
    {
        await page.WaitForTimeoutAsync(300);
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshotDirectory, name + ".png") });
    }

    /// <summary>The compose box of the open view: the chat's, or the channel's "Start a new post" (above every thread's reply box).</summary>
    private ILocator ComposeBox => page.GetByRole(AriaRole.Textbox).First;
}
