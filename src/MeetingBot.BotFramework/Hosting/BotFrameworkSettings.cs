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
        var entraMetadata = tenantId is null
            ? null
            : string.IsNullOrWhiteSpace(options.EntraOpenIdMetadataUrl)
                ? $"https://login.microsoftonline.com/{tenantId}/v2.0/.well-known/openid-configuration"
                : options.EntraOpenIdMetadataUrl;
        return new BotAuthenticationSettings(
            appId,
            tenantId,
            allowed.ToHashSet(StringComparer.OrdinalIgnoreCase),
            entraMetadata,
            RequireHttpsMetadata: !development);
    }
}
