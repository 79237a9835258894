using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.BotFramework.Authentication;

/// <summary>
/// Validates the bearer token of an inbound request: header shape, algorithm, key (by <c>kid</c>,
/// refreshed when unknown), issuer, audience and lifetime. Checks that need the activity
/// (endorsement, <c>serviceurl</c>, tenant) are in <see cref="ActivityAuthorizer"/>.
/// </summary>
internal sealed class BotTokenValidator(
    BotAuthenticationSettings settings,
    SigningKeySources keySources,
    TimeProvider timeProvider)
{
    private readonly ValidatedTokenCache cache = new(timeProvider);
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public async Task<TokenValidationOutcome> ValidateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return TokenValidationOutcome.Fail("missing Authorization header");
        }

        // Exactly "Bearer <token>", as botbuilder's JwtTokenExtractor demands.
        var parts = authorizationHeader.Split(' ');
        if (parts.Length != 2 || parts[0] != "Bearer" || parts[1].Length == 0)
        {
            return TokenValidationOutcome.Fail("malformed Authorization header");
        }

        if (cache.Find(parts[1]) is { } known)
        {
            return new TokenValidationOutcome(known, null);
        }

        JsonWebToken token;
        try
        {
            token = new JsonWebToken(parts[1]);
        }
        catch (ArgumentException)
        {
            return TokenValidationOutcome.Fail("unreadable token");
        }

        if (!BotAuthenticationSettings.AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return TokenValidationOutcome.Fail($"algorithm '{token.Alg}' not allowed");
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return TokenValidationOutcome.Fail("token names no signing key");
        }

        // The unvalidated issuer only chooses where to look for the key; the handler then checks it.
        var path = settings.EntraIssuers.Contains(token.Issuer, StringComparer.Ordinal) ? TokenPath.Entra : TokenPath.BotFramework;
        var source = path == TokenPath.Entra ? keySources.Entra : keySources.BotFramework;
        if (source is null)
        {
            return TokenValidationOutcome.Fail("no key source for issuer");
        }

        SigningKeyLookup? lookup;
        try
        {
            lookup = await source.FindAsync(token.Kid, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            return TokenValidationOutcome.Fail($"signing keys unavailable from {source.MetadataAddress}: {ex.Message}");
        }

        if (lookup is null)
        {
            return TokenValidationOutcome.Fail($"unknown signing key '{token.Kid}' after refresh");
        }

        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = lookup.Key,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = BotAuthenticationSettings.AllowedAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = BotAuthenticationSettings.ClockSkew,
            LifetimeValidator = ClockLifetime.Validator(timeProvider),
            ValidateIssuer = true,
            ValidIssuers = path == TokenPath.Entra
                ? settings.EntraIssuers
                : [lookup.Issuer ?? BotAuthenticationSettings.BotFrameworkIssuer],
            ValidateAudience = true,
            ValidAudiences = path == TokenPath.Entra ? settings.EntraAudiences : [settings.AppId],
        };

        var result = await handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return TokenValidationOutcome.Fail($"{result.Exception?.GetType().Name}: {result.Exception?.Message}");
        }

        // Entra keys are shared across tenants; the tid claim binds the token to the bot's tenant (Agents SDK rule).
        if (path == TokenPath.Entra && !string.Equals(Claim(result.ClaimsIdentity, "tid"), settings.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return TokenValidationOutcome.Fail("tid claim does not match the bot's tenant");
        }

        // Any app in the tenant can get a token for the bot's audience; only the named callers may use it (spec §1.2).
        if (path == TokenPath.Entra)
        {
            if (EntraCaller(result.ClaimsIdentity) is not { } caller)
            {
                return TokenValidationOutcome.Fail("Entra token names no caller (appid for ver 1.0, azp for ver 2.0)");
            }

            if (!settings.EntraAllowedCallers.Contains(caller))
            {
                return TokenValidationOutcome.Fail($"Entra caller '{caller}' is not in Bot:EntraAllowedCallers");
            }
        }

        var identity = new BotIdentity(path, token.Kid, lookup.Endorsements, Claim(result.ClaimsIdentity, "serviceurl"));
        cache.Add(
            parts[1],
            identity,
            new DateTimeOffset(token.ValidFrom, TimeSpan.Zero) - BotAuthenticationSettings.ClockSkew,
            new DateTimeOffset(token.ValidTo, TimeSpan.Zero) + BotAuthenticationSettings.ClockSkew);
        return new TokenValidationOutcome(identity, null);
    }

    /// <summary>
    /// Who asked Entra for the token: <c>appid</c> in v1 tokens, <c>azp</c> in v2, chosen by <c>ver</c>
    /// as botbuilder does. An unknown or missing version names no caller, so the token is refused.
    /// </summary>
    private static string? EntraCaller(ClaimsIdentity identity) => Claim(identity, "ver") switch
    {
        "1.0" => Claim(identity, "appid"),
        "2.0" => Claim(identity, "azp"),
        _ => null,
    };

    private static string? Claim(ClaimsIdentity identity, string type) => identity.FindFirst(type)?.Value;
}
