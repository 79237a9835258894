using System.Net;
using MeetingBot.BotFramework.Tests.TestSupport;

namespace MeetingBot.BotFramework.Tests.Hosting;

/// <summary>An activity acknowledged with 200 will not be sent again by Teams: shutdown must handle it, not drop it.</summary>
public sealed class GracefulShutdownTests : IAsyncLifetime
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/" + TestTokens.FixtureTenantId + "/";
    private SignedBot signed = null!;

    private TestKey key => signed.Key;

    private TestBot bot => signed.Bot;

    public async Task InitializeAsync() => signed = await SignedBot.StartAsync(TestTokens.AllowFixtureTenants);

    public async Task DisposeAsync() => await signed.DisposeAsync();

    [Fact]
    public async Task StopAsync_AcknowledgedMessagesQueuedAndInFlight_AreAllHandledBeforeExit()
    {
        // More than the 64 handled at once, so some are still queued when the stop begins.
        const int Messages = 80;
        bot.Handler.MessageDelay = TimeSpan.FromMilliseconds(300);
        for (var i = 0; i < Messages; i++)
        {
            var activity = Payloads.Activity("f1-personal-message", ServiceUrl, $"shutdown-{i}");
            activity["channelData"]!["tenant"]!["id"] = TestTokens.FixtureTenantId;
            activity["text"] = $"svar {i}";
            Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(activity, TestTokens.Create(key, ServiceUrl))).StatusCode);
        }

        await bot.App.StopAsync();

        Assert.Equal(Messages, bot.Handler.Calls.Count(c => c.StartsWith("message:svar ", StringComparison.Ordinal)));
    }
}
