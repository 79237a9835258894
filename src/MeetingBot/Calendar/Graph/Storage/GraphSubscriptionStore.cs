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

    /// <summary>
    /// Records the subscription now held for its resource, if the stored one is still <paramref name="replacing"/>
    /// (null: none stored). False when another renewal stored a different one first; the caller then holds a
    /// subscription nobody will renew and should delete it. Renewing the same id again is always accepted.
    /// </summary>
    public async Task<bool> TrySaveAsync(GraphSubscriptionRow subscription, string? replacing, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var expires = StoredInstantConverter.Text(subscription.ExpiresAt);
        var updated = StoredInstantConverter.Text(subscription.UpdatedAt);
        var saved = replacing is null
            ? await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO "GraphSubscriptions" ("Resource", "SubscriptionId", "NotificationUrl", "ExpiresAt", "UpdatedAt")
                VALUES ({subscription.Resource}, {subscription.SubscriptionId}, {subscription.NotificationUrl}, {expires}, {updated})
                ON CONFLICT ("Resource") DO NOTHING
                """,
                cancellationToken)
            : await db.Database.ExecuteSqlAsync(
                $"""
                UPDATE "GraphSubscriptions" SET "SubscriptionId" = {subscription.SubscriptionId}, "NotificationUrl" = {subscription.NotificationUrl},
                    "ExpiresAt" = {expires}, "UpdatedAt" = {updated}
                WHERE "Resource" = {subscription.Resource} AND "SubscriptionId" IN ({replacing}, {subscription.SubscriptionId})
                """,
                cancellationToken);
        return saved == 1;
    }
}
