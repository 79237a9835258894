using System.Collections.Concurrent;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Bot.Storage;

/// <summary>Conversation references in the app's database: one row per conversation, replaced by the newest activity.</summary>
/// <remarks>
/// Every authenticated activity saves its reference, but a conversation's reference almost never
/// changes between activities. Writing it each time put a second database write on every invoke,
/// contending with the dedupe claim for SQLite's single writer; so a reference this instance saved
/// recently and that is unchanged (apart from its time) is not written again. Another instance may
/// meanwhile have stored a different speaker's ids for a channel: harmless, since proactive messages
/// need only the service URL, conversation, tenant and bot, which all instances agree on.
/// Writes take the shared <see cref="SqliteWriteGate"/>: a first fan-out stores each personal chat it
/// creates beside its delivery rows.
/// </remarks>
internal sealed class DatabaseConversationReferenceStore(IDbContextFactory<MeetingBotDbContext> contexts, SqliteWriteGate writes) : IConversationReferenceStore
{
    /// <summary>How long an unchanged reference is trusted before its time is refreshed in the database.</summary>
    internal static readonly TimeSpan RefreshAfter = TimeSpan.FromHours(1);

    // Bounded so a bot in very many conversations cannot grow it without limit; clearing only costs writes.
    private const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<string, ConversationReference> saved = new(StringComparer.Ordinal);

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        if (saved.TryGetValue(reference.ConversationId, out var last)
            && last with { UpdatedAt = reference.UpdatedAt } == reference
            && reference.UpdatedAt - last.UpdatedAt < RefreshAfter)
        {
            return;
        }

        await WriteAsync(reference, cancellationToken);
        if (saved.Count >= MaxRemembered)
        {
            saved.Clear();
        }

        saved[reference.ConversationId] = reference;
    }

    private async Task WriteAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writes.EnterAsync(db, cancellationToken);
        if (await UpdateAsync(db, reference, cancellationToken) == 1)
        {
            return;
        }

        db.Set<ConversationReferenceRow>().Add(ToRow(reference));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Another instance inserted the same conversation in between: last writer wins, as with updates.
            await UpdateAsync(db, reference, cancellationToken);
        }
    }

    public async Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<ConversationReferenceRow>().AsNoTracking().FirstOrDefaultAsync(r => r.ConversationId == conversationId, cancellationToken);
        return row is null
            ? null
            : new ConversationReference(row.ConversationId, row.ServiceUrl, row.ChannelId, row.ConversationType, row.TenantId, row.BotId, row.BotName, row.UserId, row.UserAadObjectId, row.UpdatedAt);
    }

    private static Task<int> UpdateAsync(MeetingBotDbContext db, ConversationReference reference, CancellationToken cancellationToken) =>
        db.Set<ConversationReferenceRow>()
            .Where(r => r.ConversationId == reference.ConversationId)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.ServiceUrl, reference.ServiceUrl)
                    .SetProperty(r => r.ChannelId, reference.ChannelId)
                    .SetProperty(r => r.ConversationType, reference.ConversationType)
                    .SetProperty(r => r.TenantId, reference.TenantId)
                    .SetProperty(r => r.BotId, reference.BotId)
                    .SetProperty(r => r.BotName, reference.BotName)
                    .SetProperty(r => r.UserId, reference.UserId)
                    .SetProperty(r => r.UserAadObjectId, reference.UserAadObjectId)
                    .SetProperty(r => r.UpdatedAt, reference.UpdatedAt),
                cancellationToken);

    private static ConversationReferenceRow ToRow(ConversationReference reference) => new()
    {
        ConversationId = reference.ConversationId,
        ServiceUrl = reference.ServiceUrl,
        ChannelId = reference.ChannelId,
        ConversationType = reference.ConversationType,
        TenantId = reference.TenantId,
        BotId = reference.BotId,
        BotName = reference.BotName,
        UserId = reference.UserId,
        UserAadObjectId = reference.UserAadObjectId,
        UpdatedAt = reference.UpdatedAt,
    };
}
