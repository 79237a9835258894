namespace MeetingBot.BotFramework.Tests.TestSupport;

/// <summary>
/// The set-up most endpoint tests share: a local issuer publishing one Bot Framework key, and a
/// <see cref="TestBot"/> trusting that issuer.
/// </summary>
internal sealed class SignedBot : IAsyncDisposable
{
    private SignedBot(TestIssuer issuer, TestKey key, TestBot bot)
    {
        Issuer = issuer;
        Key = key;
        Bot = bot;
    }

    public TestIssuer Issuer { get; }

    public TestKey Key { get; }

    public TestBot Bot { get; }

    public static async Task<SignedBot> StartAsync(Action<Dictionary<string, string?>>? configure = null)
    {
        var issuer = await TestIssuer.StartAsync();
        var key = issuer.AddBotFrameworkKey();
        return new SignedBot(issuer, key, await TestBot.StartAsync(issuer, configure));
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
