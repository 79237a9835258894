using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Authentication;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Playground;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace MeetingBot.Tests.Playground;

/// <summary>
/// What a newcomer does after <c>dotnet run</c>: the page, the sample data, a chat and a question in
/// the personal chat, the team channel, another identity, the calendar. Every message goes through
/// <c>/api/messages</c> and every reply through the local connector, in a real browser.
/// </summary>
public sealed class PlaygroundWalkthroughTests(PlaygroundHost host) : IClassFixture<PlaygroundHost>
{
    [Fact]
    public async Task Playground_NewcomerWalkthrough_ChatsAsksSwitchesAndDownloadsCalendar()
    {
        var page = await host.OpenPageAsync();
        await Expect(page.Page.Locator("#sample-notice")).ToContainTextAsync("Exempeldata");
        await page.ScreenshotAsync("01-start");

        await page.ActAsAsync("Kristina Magnusson");
        await page.SendAsync("hej");
        await page.ExpectBotSaysAsync("Hej! Jag är MeetingBot");
        await page.ScreenshotAsync("02-greeting");

        await page.SendAsync("Vad beslutades om idrottsgalan?");
        await Expect(page.Cards.Last).ToContainTextAsync(new System.Text.RegularExpressions.Regex("idrottsgala", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        await page.PressAsync("Idrottsgala", "Öppna protokoll nr 5 2025");
        Assert.Contains("Tomas Rikse", await page.LastCardTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync("03-answer-card");

        await page.OpenChannelAsync();
        var channel = await host.App.Services.GetRequiredService<IConversationReferenceStore>().FindAsync(PlaygroundTeam.ChannelId, CancellationToken.None);
        Assert.Equal("channel", channel?.ConversationType);
        Assert.Equal(host.BaseUrl + "/playground/connector/", channel?.ServiceUrl);
        await page.SendAsync("hjälp");
        await page.ExpectBotSaysAsync("Jag svarar på frågor");
        // The help is Markdown, drawn as Teams draws it: its examples a list, not one run-on line.
        await Expect(page.BotMessages.Last.Locator("ul > li").First).ToHaveTextAsync("Vad beslutades om idrottsgalan?");
        await Expect(page.Page.Locator("#view-title")).ToHaveTextAsync("Kommundirektörsgruppen / Allmänt");
        await page.ScreenshotAsync("04-channel");

        await page.ActAsAsync("Tomas Rikse");
        await Expect(page.Messages.Filter(new() { HasText = "Kristina Magnusson" })).Not.ToHaveCountAsync(0);
        await page.SendAsync("hej");
        await page.ExpectBotSaysAsync("Hej! Jag är MeetingBot");
        await Expect(page.Messages.Last).ToContainTextAsync("Hej!");
        await page.ScreenshotAsync("05-other-identity");

        await page.OpenCalendarAsync();
        await Expect(page.Meetings).ToHaveCountAsync(10);
        Assert.Equal("2026-01-23", await page.Meetings.First.GetAttributeAsync("data-date"));
        Assert.Equal("2026-12-11", await page.Meetings.Last.GetAttributeAsync("data-date"));
        await Expect(page.Page.Locator("#ics-link")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"^/series/2026/members/\d+/calendar\.ics\?token=[A-Za-z0-9_-]+$"));
        var ics = await page.DownloadCalendarAsync();
        Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Equal(10, ics.Split("BEGIN:VEVENT").Length - 1);
        Assert.Contains("tomas.rikse@exempel.invalid", ics, StringComparison.OrdinalIgnoreCase);
        await page.ScreenshotAsync("06-calendar");
    }

    /// <summary>
    /// A card with Action.Execute, posted as the bot posts (bearer token, local connector): pressing it
    /// sends an <c>adaptiveCard/action</c> invoke and the bot's message response shows as a toast; a
    /// later PUT replaces the card in place, as Teams does.
    /// </summary>
    [Fact]
    public async Task Playground_ExecuteActionAndCardUpdate_InvokesBotAndReplacesCard()
    {
        var page = await host.OpenPageAsync();
        await page.ActAsAsync("Herman Crespin");
        var conversation = await page.Page.EvaluateAsync<string>("() => document.getElementById('identity').selectedOptions[0].value");
        conversation = "a:playground-" + conversation;
        using var bot = BotClient();
        var posted = await bot.PostAsJsonAsync(ConnectorPath(conversation), Message(Card("Anmälan", "Jag kommer")));
        posted.EnsureSuccessStatusCode();
        var id = (string?)(await posted.Content.ReadFromJsonAsync<JsonObject>())!["id"];

        await page.PressAsync("Anmälan", "Jag kommer");
        // The bot knows no "rsvp" verb; its message response to the invoke is what the toast must show.
        Assert.Equal(MeetingBot.Bot.BotReplies.Swedish.UnknownAction, await page.ToastAsync());

        var updated = await bot.PutAsJsonAsync(ConnectorPath(conversation) + "/" + id, Message(Card("Anmälan: 1 kommer", "Ändra svar")));
        updated.EnsureSuccessStatusCode();
        await Expect(page.Cards).ToHaveCountAsync(1);
        Assert.Contains("Anmälan: 1 kommer", await page.LastCardTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync("07-card-updated");
    }

    private HttpClient BotClient()
    {
        var issuer = host.App.Services.GetRequiredService<DevelopmentIssuer>();
        var client = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", issuer.CreateToken(DevelopmentIssuer.ConnectorAudience, serviceUrl: null));
        return client;
    }

    private static string ConnectorPath(string conversation) => $"/playground/connector/v3/conversations/{Uri.EscapeDataString(conversation)}/activities";

    private static JsonObject Message(JsonObject card) => new()
    {
        ["type"] = "message",
        ["from"] = new JsonObject { ["id"] = "28:" + MeetingBot.BotFramework.Hosting.BotOptions.DevelopmentAppId, ["name"] = "MeetingBot" },
        ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card }),
    };

    private static JsonObject Card(string title, string action) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = title, ["weight"] = "Bolder" }),
        ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Execute", ["title"] = action, ["verb"] = "rsvp", ["data"] = new JsonObject { ["meeting"] = "2026-01-23" } }),
    };
}
