using MeetingBot.BotFramework.Connector;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Bot.Storage;

/// <summary>A card as posted in one conversation: where it lives, and the message to replace.</summary>
internal sealed record PostedCard(int MeetingId, string Kind, ConversationAddress Address, string ActivityId, int? MemberId);

/// <summary>Where the bot's meeting cards were posted, so every copy can be updated when the answers change.</summary>
/// <remarks>A fan-out saves a copy after every post, alongside its own delivery rows, so the writes take the shared <see cref="SqliteWriteGate"/>.</remarks>
internal sealed class PostedCardStore(MeetingBotDbContextFactory factory, SqliteWriteGate writes, TimeProvider time)
{
    /// <summary>Remembers <paramref name="card"/>; a card of the same meeting and kind already in that conversation is replaced by it.</summary>
    public async Task SaveAsync(PostedCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        await using var db = factory.CreateDbContext();
        using var turn = await writes.EnterAsync(db, cancellationToken);
        if (await UpdateAsync(db, card, cancellationToken) == 1)
        {
            return;
        }

        db.Set<PostedCardRow>().Add(new PostedCardRow
        {
            MeetingId = card.MeetingId,
            Kind = card.Kind,
            ConversationId = card.Address.ConversationId,
            ServiceUrl = card.Address.ServiceUrl,
            TenantId = card.Address.TenantId,
            ActivityId = card.ActivityId,
            MemberId = card.MemberId,
            PostedAt = time.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Posted twice at once: the unique index kept one row; the later post's id wins.
            await UpdateAsync(db, card, cancellationToken);
        }
    }

    /// <summary>
    /// Every copy of a meeting's card, as kept between presses (<see cref="StoredReads"/>): each answer
    /// asks for them to update them, and a post or a move of a copy discards what was kept.
    /// </summary>
    public Task<IReadOnlyList<PostedCard>> ListAsync(int meetingId, string kind, CancellationToken cancellationToken) =>
        factory.Reads.GetAsync<IReadOnlyList<PostedCard>>(
            nameof(PostedCardStore) + kind,
            meetingId,
            async ct =>
            {
                await using var db = factory.CreateDbContext();
                var rows = await db.Set<PostedCardRow>().AsNoTracking()
                    .Where(c => c.MeetingId == meetingId && c.Kind == kind)
                    .OrderBy(c => c.Id)
                    .ToListAsync(ct);
                return rows.Select(ToCard).ToList().AsReadOnly();
            },
            cancellationToken);

    private Task<int> UpdateAsync(MeetingBotDbContext db, PostedCard card, CancellationToken cancellationToken) =>
        db.Set<PostedCardRow>()
            .Where(c => c.MeetingId == card.MeetingId && c.Kind == card.Kind && c.ConversationId == card.Address.ConversationId)
            .ExecuteUpdateAsync(
                s => s.SetProperty(c => c.ActivityId, card.ActivityId)
                    .SetProperty(c => c.ServiceUrl, card.Address.ServiceUrl)
                    .SetProperty(c => c.TenantId, card.Address.TenantId)
                    .SetProperty(c => c.MemberId, card.MemberId)
                    .SetProperty(c => c.PostedAt, time.GetUtcNow()),
                cancellationToken);

    private static PostedCard ToCard(PostedCardRow row) =>
        new(row.MeetingId, row.Kind, new ConversationAddress(row.ServiceUrl, row.ConversationId, row.TenantId), row.ActivityId, row.MemberId);
}
