using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace MeetingBot.Calendar.Graph;

/// <summary>
/// Keeps one change-notification subscription on the organiser's events alive: creates it at start,
/// renews it a day before it expires (Outlook allows 4,230 minutes) or when Graph asks for
/// reauthorisation, re-creates it when Graph removed it, and asks for a re-read after anything missed.
/// </summary>
internal sealed class GraphSubscriptionService(
    GraphServiceClient graph, IOptions<GraphCalendarOptions> options, GraphLifecycleQueue lifecycle,
    RsvpRefreshSignal refresh, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<GraphSubscriptionService> logger) : BackgroundService
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(4200);
    public static readonly TimeSpan RenewBefore = TimeSpan.FromDays(1);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.UsesNotifications)
        {
            return;
        }

        // Graph validates the notification URL before it answers, so we must be listening first.
        await WhenStartedAsync(stoppingToken);
        Subscription? subscription = null;
        var renew = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (renew && await TryKeepAsync(subscription, stoppingToken) is { } kept)
            {
                subscription = kept;
                GraphLog.SubscriptionActive(logger, kept.Id!, kept.ExpirationDateTime!.Value);
            }
            else if (renew)
            {
                await Task.Delay(RetryDelay, time, stoppingToken);
                continue;
            }

            var due = subscription!.ExpirationDateTime!.Value - RenewBefore - time.GetUtcNow();
            var lifecycleEvent = await lifecycle.WaitAsync(due, time, stoppingToken);
            renew = lifecycleEvent is null or "reauthorizationRequired" or "subscriptionRemoved";
            if (lifecycleEvent == "subscriptionRemoved")
            {
                subscription = null;
            }

            if (lifecycleEvent is "subscriptionRemoved" or "missed")
            {
                refresh.Request();
            }
        }
    }

    private Task WhenStartedAsync(CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(cancellationToken);
    }

    private async Task<Subscription?> TryKeepAsync(Subscription? subscription, CancellationToken cancellationToken)
    {
        try
        {
            if (subscription is not null)
            {
                try
                {
                    return await graph.Subscriptions[subscription.Id].PatchAsync(
                        new Subscription { ExpirationDateTime = time.GetUtcNow() + Lifetime }, cancellationToken: cancellationToken);
                }
                catch (ODataError ex) when (ex.ResponseStatusCode == 404)
                {
                    // Gone (expired or removed while we were down): make a new one below.
                }
            }

            return await graph.Subscriptions.PostAsync(New(), cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is ODataError or ServiceException or HttpRequestException)
        {
            GraphLog.SubscriptionFailed(logger, RetryDelay, ex);
            return null;
        }
    }

    private Subscription New()
    {
        var o = options.Value;
        var root = o.NotificationBaseUrl!.AbsoluteUri.TrimEnd('/');
        return new Subscription
        {
            ChangeType = "created,updated,deleted",
            NotificationUrl = root + GraphNotificationEndpoints.NotificationPath,
            LifecycleNotificationUrl = root + GraphNotificationEndpoints.LifecyclePath,
            Resource = $"/users/{o.OrganizerMailbox}/events",
            ExpirationDateTime = time.GetUtcNow() + Lifetime,
            ClientState = o.ClientState,
        };
    }
}
