using Azure.Core;

namespace MeetingBot.BotFramework.Authentication;

/// <summary>
/// Outbound tokens in Development when no real credential is configured. Only ever sent to
/// loopback serviceUrls (enforced by the Connector's trust rules), so a local fake connector can check them.
/// </summary>
internal sealed class DevelopmentIssuerCredential(DevelopmentIssuer issuer, TimeProvider timeProvider) : TokenCredential
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(issuer.CreateToken(DevelopmentIssuer.ConnectorAudience, serviceUrl: null, Lifetime), timeProvider.GetUtcNow() + Lifetime);

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
