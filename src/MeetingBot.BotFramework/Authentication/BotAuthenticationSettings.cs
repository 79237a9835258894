namespace MeetingBot.BotFramework.Authentication;

/// <summary>The effective inbound-authentication rules, after Development defaults are applied to <see cref="Hosting.BotOptions"/>.</summary>
internal sealed record BotAuthenticationSettings(
    string AppId,
    string? TenantId,
    IReadOnlySet<string> AllowedTenants,
    IReadOnlySet<string> EntraAllowedCallers,
    string? EntraMetadataUrl,
    bool RequireHttpsMetadata)
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    public static readonly string[] AllowedAlgorithms = ["RS256", "RS384", "RS512"];

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>v1 and v2 issuers of the bot's tenant (spec §1.2); empty, which turns the Entra path off, without a tenant or allowed callers.</summary>
    public IReadOnlyList<string> EntraIssuers { get; } = TenantId is null || EntraAllowedCallers.Count == 0
        ? []
        : [$"https://sts.windows.net/{TenantId}/", $"https://login.microsoftonline.com/{TenantId}/v2.0"];

    public IReadOnlyList<string> EntraAudiences { get; } = [AppId, $"api://{AppId}", $"api://botid-{AppId}"];
}
