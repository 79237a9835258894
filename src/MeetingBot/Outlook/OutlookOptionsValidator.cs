using Microsoft.Extensions.Options;

namespace MeetingBot.Outlook;

/// <summary>All of <c>Outlook:*</c> or none of it: a half-configured SSO would refuse every member at the first click, not at start-up.</summary>
internal sealed class OutlookOptionsValidator : IValidateOptions<OutlookOptions>
{
    public ValidateOptionsResult Validate(string? name, OutlookOptions options)
    {
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        if (!Guid.TryParse(options.TenantId, out _))
        {
            errors.Add($"Outlook:TenantId must be the tenant id (a GUID), not '{options.TenantId}'.");
        }

        if (!Guid.TryParse(options.ClientId, out _))
        {
            errors.Add($"Outlook:ClientId must be the SSO app registration's client id (a GUID), not '{options.ClientId}'.");
        }

        if (options.ApplicationIdUri is not { } uri || !uri.StartsWith("api://", StringComparison.Ordinal) || !uri.EndsWith("/" + options.ClientId, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"Outlook:ApplicationIdUri must be api://<host>/<Outlook:ClientId>, the manifest's webApplicationInfo.resource, not '{options.ApplicationIdUri}'.");
        }

        // Loopback http is for a local stand-in of Entra; anything else must be https.
        if (options.Authority.Scheme != Uri.UriSchemeHttps && !(options.Authority.Scheme == Uri.UriSchemeHttp && options.Authority.IsLoopback))
        {
            errors.Add($"Outlook:Authority must be an https URL, not '{options.Authority}'.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
