namespace MeetingBot.Calendar.Graph;

/// <summary>How long we ask Graph to keep the events subscription, and how early it must be renewed.</summary>
internal static class GraphSubscriptionLifetime
{
    /// <summary>Outlook allows at most 4,230 minutes; asking for a little less keeps clock skew from making Graph refuse the expiry.</summary>
    public static readonly TimeSpan Requested = TimeSpan.FromMinutes(4200);

    /// <summary>
    /// What a renewal must leave before expiry: room for a failed renewal's retries (doubling, at most an
    /// hour apart) and a restart, so one bad attempt does not let the subscription lapse.
    /// </summary>
    public static readonly TimeSpan RenewalMargin = TimeSpan.FromHours(12);

    /// <summary>The longest <c>Scheduling:SubscriptionRenewalInterval</c> that still renews in time.</summary>
    public static TimeSpan LongestRenewalInterval => Requested - RenewalMargin;
}
