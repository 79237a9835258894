using MeetingBot.BotFramework.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.Outlook;

/// <summary>
/// Validates the task pane's bearer token (signature from the issuer's published keys, issuer, audience,
/// lifetime, and for Entra the tenant) and names the caller by the token's <c>oid</c> claim, the only
/// identity the API trusts.
/// </summary>
internal sealed class OutlookTokenValidator
{
    public const string HttpClientName = "MeetingBot.Outlook.OpenIdMetadata";

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly OutlookTokenSettings settings;
    private readonly Lazy<ConfigurationManager<OpenIdConnectConfiguration>> configuration;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    private readonly TimeProvider time;

    public OutlookTokenValidator(OutlookTokenSettings settings, IHttpClientFactory httpClients, TimeProvider time)
    {
        this.settings = settings;
        this.time = time;

        // Lazy: the development issuer's address exists only once the server listens.
        configuration = new(() => new ConfigurationManager<OpenIdConnectConfiguration>(
            settings.MetadataAddress(),
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName)) { RequireHttps = settings.RequireHttps }));
    }

    public async Task<OutlookCaller> ValidateAsync(string? authorization, CancellationToken cancellationToken)
    {
        const string Scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return OutlookCaller.Refused("no bearer token");
        }

        var parameters = new TokenValidationParameters
        {
            ConfigurationManager = configuration.Value,
            ValidIssuer = settings.Issuer,
            ValidAudiences = settings.Audiences,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = ClockSkew,
            LifetimeValidator = ClockLifetime.Validator(time),
        };
        cancellationToken.ThrowIfCancellationRequested();
        var result = await handler.ValidateTokenAsync(authorization[Scheme.Length..].Trim(), parameters);
        if (!result.IsValid)
        {
            return OutlookCaller.Refused($"{result.Exception?.GetType().Name}: {result.Exception?.Message}");
        }

        // Entra's signing keys serve every tenant; the tid claim is what binds the token to ours.
        if (settings.TenantId is not null && !string.Equals(Claim(result, "tid"), settings.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return OutlookCaller.Refused("tid claim is not the configured tenant");
        }

        return Claim(result, "oid") is { Length: > 0 } objectId
            ? OutlookCaller.Known(objectId)
            : OutlookCaller.Refused("token has no oid claim");
    }

    private static string? Claim(TokenValidationResult result, string type) => result.ClaimsIdentity.FindFirst(type)?.Value;
}

/// <summary>Who called: the Entra object id, or why the token was refused (for the log, never for the response).</summary>
internal sealed record OutlookCaller(string? ObjectId, string? RefusalReason)
{
    public static OutlookCaller Known(string objectId) => new(objectId, null);

    public static OutlookCaller Refused(string reason) => new(null, reason);
}
