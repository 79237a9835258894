namespace MeetingBot.Calendar.Graph;

/// <summary>
/// Configuration section <c>Calendar:Graph</c>. The Graph calendar is used when <see cref="TenantId"/>
/// is set; otherwise the series lives in the app database. Exactly one credential: a client secret,
/// a certificate file, or a managed identity.
/// </summary>
internal sealed class GraphCalendarOptions
{
    public const string Section = "Calendar:Graph";

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public bool UseManagedIdentity { get; set; }

    /// <summary>The secretariat mailbox that organises the meetings (UPN or object id).</summary>
    public string? OrganizerMailbox { get; set; }

    /// <summary>Graph's root; only changed for national clouds or a local fake.</summary>
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>
    /// Public HTTPS address of this app (Graph must reach <c>/graph/notifications</c> and
    /// <c>/graph/lifecycle</c> under it). Without it, RSVPs are re-read every <see cref="ReReadInterval"/>
    /// instead of on change notifications.
    /// </summary>
    public Uri? NotificationBaseUrl { get; set; }

    /// <summary>Secret echoed by Graph on every notification (at most 128 characters).</summary>
    public string? ClientState { get; set; }

    public TimeSpan ReReadInterval { get; set; } = TimeSpan.FromHours(4);

    public bool UsesNotifications => NotificationBaseUrl is not null;

    /// <summary>What the subscription watches: the organiser's events.</summary>
    public string SubscriptionResource => $"/users/{OrganizerMailbox}/events";

    /// <summary>Where Graph delivers change notifications; only with <see cref="UsesNotifications"/>.</summary>
    public string NotificationUrl => NotificationRoot + GraphNotificationEndpoints.NotificationPath;

    /// <summary>Where Graph delivers lifecycle notifications; only with <see cref="UsesNotifications"/>.</summary>
    public string LifecycleNotificationUrl => NotificationRoot + GraphNotificationEndpoints.LifecyclePath;

    private string NotificationRoot => (NotificationBaseUrl ?? throw new InvalidOperationException("Calendar:Graph:NotificationBaseUrl is not set.")).AbsoluteUri.TrimEnd('/');

    public bool IsConfigured => !string.IsNullOrWhiteSpace(TenantId);
}
