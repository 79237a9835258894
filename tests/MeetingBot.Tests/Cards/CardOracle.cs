using System.Text.Json;
using MeetingBot.Core.Cards;
using Microsoft.Playwright;

namespace MeetingBot.Tests.Cards;

/// <summary>
/// The official Adaptive Cards renderer (npm adaptivecards 3.0.6) in Debian's headless Chromium:
/// the oracle for every card the bot sends. Renders at version 1.5, reports parse and validation
/// events, records what a click on an action would send, and writes a PNG per card.
/// </summary>
public sealed class CardOracle : IAsyncLifetime
{
    public const int MaxCardBytes = 40 * 1024;

    private IPlaywright? playwright;
    private IBrowser? browser;
    private IPage? page;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "card-screenshots");

    public IPage Page => page ?? throw new InvalidOperationException("The oracle has not started.");

    public async Task InitializeAsync()
    {
        var hostPage = Path.Combine(RepositoryRoot, "tests", "cards", "host.html");
        var renderer = Path.Combine(RepositoryRoot, "tests", "cards", "node_modules", "adaptivecards", "dist", "adaptivecards.min.js");
        if (!File.Exists(renderer))
        {
            throw new InvalidOperationException($"The card renderer is not installed: run 'npm ci --prefix tests/cards' (missing {renderer}).");
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(BrowserOptions());
        page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(hostPage).AbsoluteUri);
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>Debian's Chromium, never a downloaded browser: the machine has no route to one.</summary>
    public static BrowserTypeLaunchOptions BrowserOptions() => new()
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    };

    public async Task<IReadOnlyList<CardEvent>> RenderAsync(AdaptiveCard card, string screenshotName)
    {
        var json = CardJson.Serialize(card);
        var size = System.Text.Encoding.UTF8.GetByteCount(json);
        Assert.True(size < MaxCardBytes, $"The card '{screenshotName}' is {size} bytes; cards stay under {MaxCardBytes}.");
        var events = await Page.EvaluateAsync<string>("json => window.renderCard(json)", json);
        await Page.Locator("#host").ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, screenshotName + ".png") });
        return JsonSerializer.Deserialize<List<CardEvent>>(events, JsonOptions)!;
    }

    /// <summary>Clicks the button titled <paramref name="title"/> and returns what the card sent.</summary>
    public async Task<ExecutedCardAction> ClickAsync(string title)
    {
        await PressAsync(title);
        var executed = JsonSerializer.Deserialize<List<ExecutedCardAction>>(await Page.EvaluateAsync<string>("() => window.executedActions()"), JsonOptions)!;
        return Assert.Single(executed);
    }

    /// <summary>Clicks an Action.ShowCard button and returns the card's text with the shown card open.</summary>
    public async Task<string> ExpandAsync(string title)
    {
        await PressAsync(title);
        Assert.Empty(JsonSerializer.Deserialize<List<ExecutedCardAction>>(await Page.EvaluateAsync<string>("() => window.executedActions()"), JsonOptions)!);
        return await Page.InnerTextAsync("#host");
    }

    private async Task PressAsync(string title)
    {
        // Action buttons carry role "button" or, for Action.OpenUrl, "link"; the renderer's class names them all.
        var exactTitle = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(title) + "$");
        await Page.Locator(".ac-pushButton").Filter(new() { HasTextRegex = exactTitle }).First.ClickAsync(new() { Timeout = 5000 });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MeetingBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MeetingBot.sln not found above " + AppContext.BaseDirectory);
    }
}

public sealed record CardEvent(string Phase, string Event, string Message);

public sealed record ExecutedCardAction(string Type, string? Title, string? Verb, JsonElement? Data, string? Url);

[CollectionDefinition(Name)]
public sealed class CardOracleCollection : ICollectionFixture<CardOracle>
{
    public const string Name = "Card oracle";
}
