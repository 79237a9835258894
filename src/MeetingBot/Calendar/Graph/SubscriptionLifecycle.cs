using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling.Storage;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;

namespace MeetingBot.Calendar.Graph;

/// <summary>
/// Acts on Graph's lifecycle notifications, which reach whichever instance Graph's call lands on. A
/// renewal is planned as a one-off job due now, so it runs once across instances, under a lease, on an
/// instance that is listening; re-reads are asked for here because notifications may have been lost.
/// </summary>
internal sealed class SubscriptionLifecycle(JobStore jobs, RsvpRefreshSignal refresh, TimeProvider time)
{
    public const string ReauthorizationRequired = "reauthorizationRequired";
    public const string SubscriptionRemoved = "subscriptionRemoved";
    public const string Missed = "missed";

    /// <summary>The prefix of the one-off renewal jobs' keys; each gets its own key, so it is never mistaken for the recurring slot.</summary>
    public const string KeyPrefix = "lifecycle@";

    /// <summary>The prefix of the one-off renewal a start plans when the stored subscription needs it.</summary>
    public const string StartKeyPrefix = "start@";

    public async Task HandleAsync(string lifecycleEvent, CancellationToken cancellationToken)
    {
        if (lifecycleEvent is ReauthorizationRequired or SubscriptionRemoved)
        {
            // A removed subscription answers the renewal's PATCH with 404, which makes the job create a new one.
            await RenewNowAsync(KeyPrefix, cancellationToken);
        }

        if (lifecycleEvent is SubscriptionRemoved or Missed)
        {
            refresh.Request();
        }
    }

    /// <summary>
    /// At start: a renewal due now when the stored subscription points at another address (a redeploy
    /// under a new host name) or is close to expiry (the service was down), rather than at the next slot,
    /// up to two days on. Several instances starting at once is harmless: overlapping renewals leave one.
    /// </summary>
    public async Task CheckAtStartAsync(GraphSubscriptionRow? stored, string notificationUrl, CancellationToken cancellationToken)
    {
        if (stored is not null
            && (stored.NotificationUrl != notificationUrl || stored.ExpiresAt - time.GetUtcNow() < GraphSubscriptionLifetime.RenewalMargin))
        {
            await RenewNowAsync(StartKeyPrefix, cancellationToken);
        }
    }

    private async Task RenewNowAsync(string keyPrefix, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await jobs.PlanAsync([new PlannedJob(JobKind.RenewSubscription, keyPrefix + StoredInstantConverter.Text(now), now)], cancellationToken);
    }
}
