using MeetingBot.Hosting;
using MeetingBot.Tests.Cards;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace MeetingBot.Tests.Emulator;

/// <summary>
/// The README's "Talking to the bot in Microsoft 365 Agents Playground", run for real: the host as
/// <c>dotnet run</c> starts it (Development, SQLite, the sample data, the clock on 12 January 2026 so
/// 23 January is the coming meeting) on a free loopback port, the emulator's configuration fetched
/// from the host, the emulator itself against <c>/dev/emulator/api/messages</c>, and Chromium (sv-SE)
/// on the emulator's page. The host's Error lines are collected.
/// </summary>
public sealed class EmulatorSession : IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "meetingbot-emulator-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;
    private AgentsPlayground? playground;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "emulator-screenshots");

    internal ErrorLog Errors { get; } = new();

    public string Configuration { get; private set; } = string.Empty;

    internal AgentsPlayground Playground => playground ?? throw new InvalidOperationException("The emulator has not started.");

    public async Task InitializeAsync()
    {
        app = MeetingBotHost.Build(
            [
                "--urls", "http://127.0.0.1:0",
                "--environment", "Development",
                $"--Storage:DataDirectory={Path.Combine(dataDirectory, "data")}",
                "--Playground:SampleData=true",
                "--Playground:Today=2026-01-12",
                "--Logging:LogLevel:Default=Warning",
            ],
            services => services.AddSingleton<ILoggerProvider>(Errors));
        await app.StartAsync();
        var host = app.Urls.First();

        using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) })
        {
            Configuration = await http.GetStringAsync(host + "/dev/emulator/config");
        }

        playground = await AgentsPlayground.StartAsync(host + "/dev/emulator/api/messages", Configuration, Path.Combine(dataDirectory, "emulator"));
        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(CardOracle.BrowserOptions());
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    internal async Task<EmulatorPage> OpenPageAsync()
    {
        var context = await browser!.NewContextAsync(new() { Locale = "sv-SE", ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(EmulatorPage.Timeout);
        await page.GotoAsync(Playground.Url);
        return new EmulatorPage(page, ScreenshotDirectory);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (playground is not null)
        {
            await playground.DisposeAsync();
        }

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
