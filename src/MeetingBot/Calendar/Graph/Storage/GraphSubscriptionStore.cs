using MeetingBot.Scheduling.Storage;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Calendar.Graph.Storage;

/// <summary>The stored Graph subscription per resource (see <see cref="GraphSubscriptionRow"/>).</summary>
internal sealed class GraphSubscriptionStore(IDbContextFactory<MeetingBotDbContext> contexts)
{
    public async Task<GraphSubscriptionRow?> FindAsync(string resource, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<GraphSubscriptionRow>().AsNoTracking().SingleOrDefaultAsync(s => s.Resource == resource, cancellationToken);
    }

    /// <summary>Records the subscription now held for its resource, replacing any earlier one (an upsert, so a retry is harmless).</summary>
    public async Task SaveAsync(GraphSubscriptionRow subscription, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var expires = StoredInstant.Text(subscription.ExpiresAt);
        var updated = StoredInstant.Text(subscription.UpdatedAt);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "GraphSubscriptions" ("Resource", "SubscriptionId", "NotificationUrl", "ExpiresAt", "UpdatedAt")
            VALUES ({subscription.Resource}, {subscription.SubscriptionId}, {subscription.NotificationUrl}, {expires}, {updated})
            ON CONFLICT ("Resource") DO UPDATE SET "SubscriptionId" = excluded."SubscriptionId", "NotificationUrl" = excluded."NotificationUrl",
                "ExpiresAt" = excluded."ExpiresAt", "UpdatedAt" = excluded."UpdatedAt"
            """,
            cancellationToken);
    }
}
