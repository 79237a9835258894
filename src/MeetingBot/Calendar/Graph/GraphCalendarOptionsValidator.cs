using Microsoft.Extensions.Options;

namespace MeetingBot.Calendar.Graph;

/// <summary>Fails start-up with the offending key when a tenant is configured but incompletely.</summary>
internal sealed class GraphCalendarOptionsValidator : IValidateOptions<GraphCalendarOptions>
{
    private const string P = GraphCalendarOptions.Section + ":";

    public ValidateOptionsResult Validate(string? name, GraphCalendarOptions options)
    {
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        List<string> errors = [];
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            errors.Add($"{P}ClientId is required when {P}TenantId is set.");
        }

        var credentials = new[] { !string.IsNullOrEmpty(options.ClientSecret), !string.IsNullOrEmpty(options.CertificatePath), options.UseManagedIdentity }
            .Count(c => c);
        if (credentials != 1)
        {
            errors.Add($"Set exactly one of {P}ClientSecret, {P}CertificatePath or {P}UseManagedIdentity.");
        }

        if (!string.IsNullOrEmpty(options.CertificatePath) && !File.Exists(options.CertificatePath))
        {
            errors.Add($"{P}CertificatePath: file '{options.CertificatePath}' not found.");
        }

        if (string.IsNullOrWhiteSpace(options.OrganizerMailbox))
        {
            errors.Add($"{P}OrganizerMailbox is required: the mailbox that organises the meetings.");
        }

        if (!options.BaseUrl.IsAbsoluteUri || !options.BaseUrl.AbsolutePath.TrimEnd('/').EndsWith("/v1.0", StringComparison.Ordinal))
        {
            errors.Add($"{P}BaseUrl must be an absolute URL ending in /v1.0.");
        }

        if (options.NotificationBaseUrl is { } url)
        {
            // Graph only calls https endpoints; plain http is allowed on loopback for a local fake.
            if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && !url.IsLoopback))
            {
                errors.Add($"{P}NotificationBaseUrl must be a public https URL.");
            }

            if (string.IsNullOrEmpty(options.ClientState) || options.ClientState.Length > 128)
            {
                errors.Add($"{P}ClientState is required with {P}NotificationBaseUrl and at most 128 characters.");
            }
        }

        if (options.ReReadInterval < TimeSpan.FromMinutes(1))
        {
            errors.Add($"{P}ReReadInterval must be at least 00:01:00.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
