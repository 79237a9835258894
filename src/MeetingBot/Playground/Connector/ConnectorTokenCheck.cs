using MeetingBot.BotFramework.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.Playground.Connector;

/// <summary>
/// Checks the bearer token on calls to the local connector as Bot Connector checks the bot's: signed by
/// the development issuer (the bot's outbound credential in Development), for the Connector audience, unexpired.
/// </summary>
internal sealed class ConnectorTokenCheck(DevelopmentIssuer issuer, TimeProvider time)
{
    private readonly JsonWebTokenHandler handler = new();
    private readonly Lazy<IList<SecurityKey>> keys = new(() => new JsonWebKeySet(issuer.JwksDocument()).GetSigningKeys());

    /// <summary>Null when valid; otherwise why not, for the log (never the token itself).</summary>
    public async Task<string?> RefusalAsync(string? authorization)
    {
        const string scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.Ordinal))
        {
            return "no bearer token";
        }

        var result = await handler.ValidateTokenAsync(authorization[scheme.Length..].Trim(), new TokenValidationParameters
        {
            ValidIssuer = DevelopmentIssuer.Issuer,
            ValidAudience = DevelopmentIssuer.ConnectorAudience,
            IssuerSigningKeys = keys.Value,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromMinutes(5),
            LifetimeValidator = (notBefore, expires, _, parameters) =>
                time.GetUtcNow().UtcDateTime is var now && (notBefore is null || notBefore <= now + parameters.ClockSkew) && expires > now - parameters.ClockSkew,
        });
        return result.IsValid ? null : result.Exception?.GetType().Name ?? "invalid token";
    }
}
