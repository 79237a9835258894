using MeetingBot.Calendar.Graph.Storage;
using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling;
using MeetingBot.Storage.Rows;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace MeetingBot.Calendar.Graph;

/// <summary>
/// Keeps the one change-notification subscription on the organiser's events alive, as a scheduled job
/// so it runs once across instances: extends the stored subscription (PATCH), or creates one when none
/// is stored, it expired, Graph no longer knows it (404) or the notification address changed. After a
/// re-creation it asks for an RSVP re-read, since changes in the gap were never notified. Graph errors
/// are thrown, so the runner retries the job.
/// </summary>
/// <remarks>
/// The stored row changes only if it still names the subscription this run started from, so when two
/// renewals overlap the later one deletes the subscription it created instead of leaving a second one.
/// A subscription replaced because the address changed is deleted too. A retry after a POST whose
/// answer was lost leaves that one to expire (at most 70 h), each of its notifications handled once more.
/// </remarks>
internal sealed class RenewSubscriptionJob(
    GraphServiceClient graph, GraphSubscriptionStore store, IOptions<GraphCalendarOptions> options, RsvpRefreshSignal refresh,
    IHostApplicationLifetime lifetime, TimeProvider time, ILogger<RenewSubscriptionJob> logger) : IScheduledJobHandler
{
    public JobKind Kind => JobKind.RenewSubscription;

    /// <summary>Giving up would let the subscription lapse until the next slot, two days on, with Outlook answers unnoticed meanwhile.</summary>
    public bool RetriesUntilDone => true;

    private string Resource => options.Value.SubscriptionResource;

    public async Task<IReadOnlyList<JobMessage>> PrepareAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        // Graph validates the notification URL before it answers a POST, so this instance must be listening first.
        await WhenStartedAsync(cancellationToken);
        var stored = await store.FindAsync(Resource, cancellationToken);
        var notificationUrl = options.Value.NotificationUrl;
        var renewed = stored is not null && stored.ExpiresAt > time.GetUtcNow() && stored.NotificationUrl == notificationUrl
            ? await TryRenewAsync(stored.SubscriptionId, cancellationToken)
            : null;
        var subscription = renewed ?? await graph.Subscriptions.PostAsync(New(), cancellationToken: cancellationToken);
        if (subscription?.Id is not { } id || subscription.ExpirationDateTime is not { } expires)
        {
            throw new InvalidOperationException("Graph answered the subscription request without an id or expiration.");
        }

        var row = new GraphSubscriptionRow
        {
            Resource = Resource, SubscriptionId = id, NotificationUrl = notificationUrl, ExpiresAt = expires, UpdatedAt = time.GetUtcNow(),
        };
        if (!await store.TrySaveAsync(row, stored?.SubscriptionId, cancellationToken))
        {
            // Another renewal (a lifecycle job beside the recurring one, or another instance) stored its
            // subscription first. Ours would deliver every change a second time until it expired.
            if (renewed is null)
            {
                await DeleteQuietlyAsync(id, "another renewal stored its own first", cancellationToken);
            }

            return [];
        }

        GraphLog.SubscriptionActive(logger, id, expires);
        if (renewed is null && stored is not null)
        {
            GraphLog.SubscriptionRecreated(logger, stored.SubscriptionId, id);
            refresh.Request();
            if (stored.NotificationUrl != notificationUrl && stored.ExpiresAt > time.GetUtcNow())
            {
                // Still alive at the old address, which may be another deployment's or nobody's.
                await DeleteQuietlyAsync(stored.SubscriptionId, "replaced for the new notification address", cancellationToken);
            }
        }

        return [];
    }

    /// <summary>Deletes a subscription we no longer keep; if that fails it expires by itself (at most 70 h).</summary>
    private async Task DeleteQuietlyAsync(string subscriptionId, string reason, CancellationToken cancellationToken)
    {
        try
        {
            await graph.Subscriptions[subscriptionId].DeleteAsync(cancellationToken: cancellationToken);
            GraphLog.SubscriptionDeleted(logger, subscriptionId, reason);
        }
        catch (Exception ex) when (ex is ODataError or ServiceException or HttpRequestException)
        {
            GraphLog.SubscriptionDeleteFailed(logger, subscriptionId, reason, ex);
        }
    }

    private async Task WhenStartedAsync(CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(cancellationToken);
    }

    /// <summary>The extended subscription, or null when Graph no longer has it.</summary>
    private async Task<Subscription?> TryRenewAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        try
        {
            return await graph.Subscriptions[subscriptionId].PatchAsync(
                new Subscription { ExpirationDateTime = time.GetUtcNow() + GraphSubscriptionLifetime.Requested }, cancellationToken: cancellationToken);
        }
        catch (ODataError ex) when (ex.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    private Subscription New() => new()
    {
        ChangeType = "created,updated,deleted",
        NotificationUrl = options.Value.NotificationUrl,
        LifecycleNotificationUrl = options.Value.LifecycleNotificationUrl,
        Resource = Resource,
        ExpirationDateTime = time.GetUtcNow() + GraphSubscriptionLifetime.Requested,
        ClientState = options.Value.ClientState,
    };
}
