using MeetingBot.Hosting;
using Microsoft.AspNetCore.Builder;
using MeetingBot.Tests.Cards;
using Microsoft.Playwright;

namespace MeetingBot.Tests.Playground;

/// <summary>
/// The host as <c>dotnet run</c> starts it on a laptop (Development, SQLite, sample data), on a free
/// loopback port with a database of its own, plus Debian's Chromium to look at it.
/// </summary>
public class PlaygroundHost : IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "meetingbot-playground-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "playground-screenshots");

    public WebApplication App => app ?? throw new InvalidOperationException("The host has not started.");

    public string BaseUrl => App.Urls.First();

    /// <summary>More command-line arguments for the host, for a fixture that needs another configuration.</summary>
    protected virtual IEnumerable<string> Arguments => [];

    public async Task InitializeAsync()
    {
        app = MeetingBotHost.Build([
            "--urls", "http://127.0.0.1:0",
            "--environment", "Development",
            $"--Storage:DataDirectory={dataDirectory}",
            "--Playground:SampleData=true",
            "--Logging:LogLevel:Default=Warning",
            .. Arguments,
        ]);
        await app.StartAsync();
        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(CardOracle.BrowserOptions());
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>A fresh browser context (its own downloads and storage) with the playground loaded.</summary>
    public async Task<PlaygroundPage> OpenPageAsync()
    {
        var context = await browser!.NewContextAsync(new() { AcceptDownloads = true, ViewportSize = new() { Width = 1280, Height = 860 }, Locale = "sv-SE" });
        return await PlaygroundPage.OpenAsync(await context.NewPageAsync(), BaseUrl, ScreenshotDirectory);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
