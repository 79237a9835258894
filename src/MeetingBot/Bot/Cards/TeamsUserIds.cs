using MeetingBot.BotFramework.Schema;
using MeetingBot.Storage.Rows;
using MeetingBot.Core.Meetings;
using MeetingBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Bot.Cards;

/// <summary>
/// The Teams user ids (29:… MRIs) of roster members, which a card's refresh names. Teams gives a
/// user's MRI only on activities and member lists; the conversation references remember it with
/// the user's Entra id for every personal chat the bot has seen or created.
/// </summary>
internal sealed class TeamsUserIds(IDbContextFactory<MeetingBotDbContext> factory)
{
    /// <param name="roster">The roster as the caller has read it; its linked Entra ids select the chats.</param>
    public Task<IReadOnlyList<string>> OfAsync(IReadOnlyList<RosterMember> roster, CancellationToken cancellationToken) =>
        OfAsync(roster.Select(m => m.AadObjectId), cancellationToken);

    /// <param name="aadObjectIds">Entra ids; null for a member not linked yet.</param>
    public async Task<IReadOnlyList<string>> OfAsync(IEnumerable<string?> aadObjectIds, CancellationToken cancellationToken)
    {
        List<string> aadIds = [.. aadObjectIds.OfType<string>()];
        if (aadIds.Count == 0)
        {
            return [];
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);

        // One JSON-array parameter, not EF 10's default of one parameter per id: that SQL depends on the
        // list, so EF builds it again for every card under a lock, which every press of a burst queued on.
        var ids = await db.Set<ConversationReferenceRow>().AsNoTracking()
            .Where(r => r.ConversationType == ConversationTypes.Personal && r.UserAadObjectId != null && EF.Parameter(aadIds).Contains(r.UserAadObjectId) && r.UserId != null)
            .OrderBy(r => r.UserAadObjectId)
            .Select(r => r.UserId!)
            .ToListAsync(cancellationToken);
        return [.. ids.Distinct(StringComparer.Ordinal)];
    }
}
