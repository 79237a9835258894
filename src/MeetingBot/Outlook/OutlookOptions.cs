namespace MeetingBot.Outlook;

/// <summary>
/// Configuration section <c>Outlook</c>: the Entra app registration the task pane's SSO tokens are issued
/// for (the manifest's <c>webApplicationInfo</c>). Unset in Development, the task pane accepts the
/// development issuer's tokens instead; unset elsewhere, the task pane's API is not served.
/// </summary>
internal sealed class OutlookOptions
{
    public const string SectionName = "Outlook";

    /// <summary>The audience of development tokens (<c>/dev/outlook/token</c>), shaped like an Application ID URI.</summary>
    public const string DevelopmentAudience = "api://localhost/meetingbot-outlook";

    public string? TenantId { get; set; }

    /// <summary>The SSO app registration's client id; v2.0 access tokens carry it as audience.</summary>
    public string? ClientId { get; set; }

    /// <summary>The Application ID URI, <c>api://{host}/{ClientId}</c>; v1.0-shaped tokens carry it as audience.</summary>
    public string? ApplicationIdUri { get; set; }

    /// <summary>Entra's root; only changed for national clouds (or a loopback stand-in in tests).</summary>
    public Uri Authority { get; set; } = new("https://login.microsoftonline.com/");

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(TenantId) || !string.IsNullOrWhiteSpace(ClientId) || !string.IsNullOrWhiteSpace(ApplicationIdUri);

    /// <summary>The v2.0 issuer, <c>https://login.microsoftonline.com/{tenant}/v2.0</c>.</summary>
    public string Issuer => new Uri(Authority, $"{TenantId}/v2.0").AbsoluteUri;

    public string MetadataAddress => Issuer + "/.well-known/openid-configuration";
}
