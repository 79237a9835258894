using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Authentication;
using MeetingBot.BotFramework.Hosting;
using MeetingBot.Hosting;
using MeetingBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Bot;

/// <summary>A question typed in Teams, through the real endpoint with a signed token, answered at the serviceUrl.</summary>
public sealed class QuestionInChatTests : IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "meetingbot-chat-" + Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task Message_QuestionAboutADecision_RepliesWithCitationAndAnswerCard()
    {
        await using var connector = await LocalConnector.StartAsync();
        await using var app = MeetingBotHost.Build(["--urls", "http://127.0.0.1:0", "--environment", "Development", $"--Storage:DataDirectory={dataDirectory}"]);
        await app.StartAsync();
        await app.Services.GetRequiredService<ProtocolStore>().SaveAsync(SeedFixture.Protocol, CancellationToken.None);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var token = app.Services.GetRequiredService<DevelopmentIssuer>().CreateToken(BotOptions.DevelopmentAppId, connector.ServiceUrl);
        var activity = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "botframework", "f1-personal-message.json")))!.AsObject();
        activity["serviceUrl"] = connector.ServiceUrl;
        activity["id"] = Guid.NewGuid().ToString("N");
        activity["text"] = "Vad beslutades om traineeprojektet?";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", token);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = JsonNode.Parse((await connector.FirstRequest.Task.WaitAsync(TimeSpan.FromSeconds(15))).Body)!;
        Assert.Contains("Protokoll nr 5 2025, § 8, 13 juni 2025", (string?)reply["text"]);

        // Teams renders the text as Markdown: the citation, "Mötet beslutade" and each att-clause keep their own lines.
        Assert.Equal("markdown", (string?)reply["textFormat"]);
        Assert.Contains("13 juni 2025 – Traineeprojekt 2025/2026  \nMötet beslutade  \natt ", (string?)reply["text"], StringComparison.Ordinal);
        var attachment = reply["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("1.5", (string?)attachment["content"]!["version"]);
        Assert.Contains("traineegrupp 20", attachment["content"]!.ToJsonString(), StringComparison.Ordinal);
        await app.StopAsync();
    }
}
