using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling.Storage;

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

    public async Task HandleAsync(string lifecycleEvent, CancellationToken cancellationToken)
    {
        if (lifecycleEvent is ReauthorizationRequired or SubscriptionRemoved)
        {
            // A removed subscription answers the renewal's PATCH with 404, which makes the job create a new one.
            var now = time.GetUtcNow();
            await jobs.PlanAsync([new PlannedJob(JobKind.RenewSubscription, KeyPrefix + StoredInstant.Text(now), now)], cancellationToken);
        }

        if (lifecycleEvent is SubscriptionRemoved or Missed)
        {
            refresh.Request();
        }
    }
}
