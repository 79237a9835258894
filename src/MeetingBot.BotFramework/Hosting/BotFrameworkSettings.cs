using MeetingBot.BotFramework.Authentication;
using Microsoft.Extensions.Hosting;

namespace MeetingBot.BotFramework.Hosting;

/// <summary>Turns validated <see cref="BotOptions"/> into the effective rules, applying the Development defaults.</summary>
internal static class BotFrameworkSettings
{
    public static BotAuthenticationSettings Authentication(BotOptions options, IHostEnvironment environment)
    {
        var development = environment.IsDevelopment();
        var appId = string.IsNullOrWhiteSpace(options.AppId) ? BotOptions.DevelopmentAppId : options.AppId;
        var tenantId = string.IsNullOrWhiteSpace(options.TenantId) ? null : options.TenantId;
        // Empty list: the bot's own tenant. With neither (Development only, see the validator) any tenant is accepted.
        var allowed = options.AllowedTenants.Count > 0 ? options.AllowedTenants : tenantId is null ? [] : [tenantId];
        // The Entra path is on only for named callers (spec §1.2): without the list it would admit every app in the tenant.
        var entraCallers = tenantId is null ? [] : options.EntraAllowedCallers.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var entraMetadata = entraCallers.Count == 0
            ? null
            : string.IsNullOrWhiteSpace(options.EntraOpenIdMetadataUrl)
                ? $"https://login.microsoftonline.com/{tenantId}/v2.0/.well-known/openid-configuration"
                : options.EntraOpenIdMetadataUrl;
        return new BotAuthenticationSettings(
            appId,
            tenantId,
            allowed.ToHashSet(StringComparer.OrdinalIgnoreCase),
            entraCallers,
            entraMetadata,
            RequireHttpsMetadata: !development);
    }
}
