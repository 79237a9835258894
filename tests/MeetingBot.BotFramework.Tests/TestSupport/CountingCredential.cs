using Azure.Core;

namespace MeetingBot.BotFramework.Tests.TestSupport;

/// <summary>A stand-in for Entra's token endpoint: hands out numbered hour-long tokens and counts requests.</summary>
internal sealed class CountingCredential : TokenCredential
{
    private int calls;

    public int Calls => calls;

    public string? LastScope { get; private set; }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        LastScope = requestContext.Scopes.Single();
        return new AccessToken($"token-{Interlocked.Increment(ref calls)}", DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
