using Azure.Core;

namespace MeetingBot.BotFramework.Connector;

/// <summary>
/// One cached Connector token per process. Azure.Identity caches too, but not for every credential
/// type; refreshing five minutes early keeps a token from expiring mid-retry.
/// </summary>
internal sealed class ConnectorTokenProvider(TokenCredential credential, TimeProvider timeProvider)
{
    public const string Scope = "https://api.botframework.com/.default";
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private AccessToken current;

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        var token = current;
        if (IsFresh(token))
        {
            return token.Token;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!IsFresh(current))
            {
                current = await credential.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken).ConfigureAwait(false);
            }

            return current.Token;
        }
        finally
        {
            gate.Release();
        }
    }

    private bool IsFresh(AccessToken token) => token.Token is not null && token.ExpiresOn - RefreshMargin > timeProvider.GetUtcNow();
}
