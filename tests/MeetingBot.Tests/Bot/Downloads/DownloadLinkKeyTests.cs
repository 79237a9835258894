using System.Net;
using System.Security.Cryptography;
using MeetingBot.Bot.Downloads;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Roster;
using MeetingBot.Hosting;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.Bot.Downloads;

/// <summary>Two hosts over one SQLite database stand for two instances (or one before and after a restart).</summary>
public sealed class DownloadLinkKeyTests : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "meetingbot-links-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Download_LinkSignedByAnotherInstanceWithTheSameKey_Served()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var link = await SignedLinkAsync(key);

        await using var other = await StartAsync(key);
        using var client = new HttpClient();
        using var response = await client.GetAsync(OnHost(other, link));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Download_LinkSignedWithAnotherKey_403()
    {
        var link = await SignedLinkAsync(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        await using var other = await StartAsync(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        using var client = new HttpClient();
        using var response = await client.GetAsync(OnHost(other, link));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64 at all!")]
    public async Task Start_KeyTooShortOrNotBase64_FailsNamingTheKey(string key)
    {
        await using var app = MeetingBotHost.Build(Args(key));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Bot:DownloadLinkKey must be base64 of at least 32 random bytes", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A docx link for the first 2026 meeting, signed by an instance that is then stopped.</summary>
    private async Task<Uri> SignedLinkAsync(string key)
    {
        await using var app = await StartAsync(key);
        await app.Services.GetRequiredService<ProtocolStore>().SaveAsync(SeedFixture.Protocol, CancellationToken.None);
        await app.Services.GetRequiredService<RosterStore>().UpsertAsync(
            [.. ProtocolRoster.Members(SeedFixture.Protocol).Select(m => m with { Email = m.Name.Replace(' ', '.').ToLowerInvariant() + "@example.se" })],
            CancellationToken.None);
        var meetings = await app.Services.GetRequiredService<MeetingService>().EnsureSeriesAsync(2026, CancellationToken.None);
        var link = app.Services.GetRequiredService<ProtocolLinks>().For(meetings[0].Id, ProtocolFormat.Docx);
        await app.StopAsync();
        return link;
    }

    private async Task<WebApplication> StartAsync(string key)
    {
        var app = MeetingBotHost.Build(Args(key));
        await app.StartAsync();
        return app;
    }

    private string[] Args(string key) =>
    [
        "--urls", "http://127.0.0.1:0",
        "--environment", "Development",
        $"--Storage:DataDirectory={dataDirectory}",
        $"--Bot:DownloadLinkKey={key}",
        "--Logging:LogLevel:Default=Warning",
    ];

    private static Uri OnHost(WebApplication app, Uri link) => new(new Uri(app.Urls.First()), link.PathAndQuery);

    public void Dispose()
    {
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
