using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MeetingBot.BotFramework.Hosting;

/// <summary>
/// Start-up checks of the <c>Bot</c> section; each message names the key to fix. Outside Development
/// the bot needs its app id, tenant and exactly one outbound credential, and takes metadata only over https.
/// </summary>
internal sealed class BotOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var development = environment.IsDevelopment();
        var errors = new List<string>();

        if (!development && string.IsNullOrWhiteSpace(options.AppId))
        {
            errors.Add("Bot:AppId is required outside Development: it is the audience every inbound token must carry.");
        }

        if (!string.IsNullOrWhiteSpace(options.AppId) && !Guid.TryParse(options.AppId, out _))
        {
            errors.Add($"Bot:AppId must be the bot's Microsoft App ID (a GUID), not '{options.AppId}'.");
        }

        if (!string.IsNullOrWhiteSpace(options.TenantId) && !Guid.TryParse(options.TenantId, out _))
        {
            errors.Add($"Bot:TenantId must be a tenant id (a GUID), not '{options.TenantId}'.");
        }

        foreach (var tenant in options.AllowedTenants)
        {
            if (!Guid.TryParse(tenant, out _))
            {
                errors.Add($"Bot:AllowedTenants contains '{tenant}', which is not a tenant id (a GUID).");
            }
        }

        foreach (var caller in options.EntraAllowedCallers)
        {
            if (!Guid.TryParse(caller, out _))
            {
                errors.Add($"Bot:EntraAllowedCallers contains '{caller}', which is not an app id (a GUID).");
            }
        }

        if (options.EntraAllowedCallers.Count > 0 && string.IsNullOrWhiteSpace(options.TenantId))
        {
            errors.Add("Bot:EntraAllowedCallers needs Bot:TenantId: the Entra token path accepts only tokens issued by the bot's own tenant.");
        }

        var credentials = new[] { options.ClientSecret, options.CertificatePath, options.ManagedIdentityClientId }.Count(c => !string.IsNullOrWhiteSpace(c));
        if (credentials > 1)
        {
            errors.Add("Set only one of Bot:ClientSecret, Bot:CertificatePath and Bot:ManagedIdentityClientId.");
        }
        else if (credentials == 0 && !development)
        {
            errors.Add("One of Bot:ClientSecret, Bot:CertificatePath or Bot:ManagedIdentityClientId is required outside Development: replies need an outbound token.");
        }

        if ((credentials > 0 || !development) && string.IsNullOrWhiteSpace(options.TenantId))
        {
            errors.Add("Bot:TenantId is required with an outbound credential: single-tenant and managed-identity tokens are issued by the bot's tenant.");
        }

        if (!string.IsNullOrWhiteSpace(options.CertificatePath) && !File.Exists(options.CertificatePath))
        {
            errors.Add($"Bot:CertificatePath names a file that does not exist: '{options.CertificatePath}'.");
        }

        if (!string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) && !Guid.TryParse(options.ManagedIdentityClientId, out _))
        {
            errors.Add("Bot:ManagedIdentityClientId must be the managed identity's client id (a GUID).");
        }

        CheckMetadataUrl("Bot:OpenIdMetadataUrl", options.OpenIdMetadataUrl, development, errors);
        CheckMetadataUrl("Bot:EntraOpenIdMetadataUrl", options.EntraOpenIdMetadataUrl, development, errors);

        if (options.BackgroundTimeout <= TimeSpan.Zero)
        {
            errors.Add("Bot:BackgroundTimeout must be positive.");
        }

        if (options.InvokeTimeout <= TimeSpan.Zero)
        {
            errors.Add("Bot:InvokeTimeout must be positive.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>Signing keys decide who may talk to the bot, so they are fetched over https; plain http only from this machine in Development.</summary>
    private static void CheckMetadataUrl(string key, string? value, bool development, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            errors.Add($"{key} must be an absolute URL, not '{value}'.");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !(development && uri.Host == "127.0.0.1"))
        {
            errors.Add(development
                ? $"{key} may use http only on 127.0.0.1; '{value}' must be https."
                : $"{key} must be an https URL outside Development; '{value}' is not.");
        }
        else if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add($"{key} must be an https URL, not '{value}'.");
        }
    }
}
