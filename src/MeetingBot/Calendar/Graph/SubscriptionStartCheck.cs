using MeetingBot.Calendar.Graph.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.Calendar.Graph;

/// <summary>
/// Looks at the stored subscription once at start (after the migrator, which is registered first) and
/// has <see cref="SubscriptionLifecycle"/> plan a renewal now if it is for another address or about to expire.
/// </summary>
internal sealed class SubscriptionStartCheck(GraphSubscriptionStore store, SubscriptionLifecycle lifecycle, IOptions<GraphCalendarOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        await lifecycle.CheckAtStartAsync(await store.FindAsync(o.SubscriptionResource, cancellationToken), o.NotificationUrl, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
