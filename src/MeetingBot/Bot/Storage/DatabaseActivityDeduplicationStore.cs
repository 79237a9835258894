using System.Text.Json;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Bot.Storage;

/// <summary>
/// Dedupe across instances: a claim is an insert that the primary key lets only one delivery win.
/// An expired row is taken over by a conditional update, which is atomic too.
/// </summary>
internal sealed class DatabaseActivityDeduplicationStore(IDbContextFactory<MeetingBotDbContext> contexts, TimeProvider timeProvider) : IActivityDeduplicationStore
{
    private const int ClaimsBetweenCleanups = 1000;
    private int claims;

    public async Task<DeduplicationClaim> TryClaimAsync(ActivityKey key, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await CleanUpNowAndThenAsync(db, cancellationToken);
        db.Set<ProcessedActivityRow>().Add(new ProcessedActivityRow { ConversationId = key.ConversationId, ActivityId = key.ActivityId, ExpiresAt = expiresAt });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return DeduplicationClaim.First;
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            db.ChangeTracker.Clear();
        }

        var now = timeProvider.GetUtcNow();
        var takenOver = await Rows(db, key)
            .Where(r => r.ExpiresAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ExpiresAt, expiresAt).SetProperty(r => r.InvokeStatus, (int?)null).SetProperty(r => r.InvokeBody, (string?)null), cancellationToken);
        if (takenOver == 1)
        {
            return DeduplicationClaim.First;
        }

        var existing = await Rows(db, key).AsNoTracking().Select(r => new { r.InvokeStatus, r.InvokeBody }).FirstOrDefaultAsync(cancellationToken);
        return new DeduplicationClaim(false, existing?.InvokeStatus is { } status ? new InvokeResponse(status, Body(existing.InvokeBody)) : null);
    }

    public async Task SaveInvokeResponseAsync(ActivityKey key, InvokeResponse response, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var body = response.Body?.GetRawText();
        await Rows(db, key).ExecuteUpdateAsync(s => s.SetProperty(r => r.InvokeStatus, response.Status).SetProperty(r => r.InvokeBody, body), cancellationToken);
    }

    public async Task ReleaseAsync(ActivityKey key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await Rows(db, key).ExecuteDeleteAsync(cancellationToken);
    }

    private static IQueryable<ProcessedActivityRow> Rows(MeetingBotDbContext db, ActivityKey key) =>
        db.Set<ProcessedActivityRow>().Where(r => r.ConversationId == key.ConversationId && r.ActivityId == key.ActivityId);

    private static JsonElement? Body(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>Expired rows are only dead weight; dropping them every thousand claims keeps the table at a window's worth.</summary>
    private async Task CleanUpNowAndThenAsync(MeetingBotDbContext db, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref claims) % ClaimsBetweenCleanups != 1)
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        await db.Set<ProcessedActivityRow>().Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }
}
