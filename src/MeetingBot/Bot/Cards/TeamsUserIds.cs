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
/// <remarks>
/// Every card needs them, so the personal chats' ids are read once and kept (<see cref="StoredReads"/>):
/// one row per member who has a chat with the bot, tens of rows.
/// </remarks>
internal sealed class TeamsUserIds(MeetingBotDbContextFactory factory)
{
    /// <summary>The last roster's ids: every press asks for the same kept roster and the same kept chats.</summary>
    private Last? last;

    /// <param name="roster">The roster as the caller has read it; its linked Entra ids select the chats.</param>
    public async Task<IReadOnlyList<string>> OfAsync(IReadOnlyList<RosterMember> roster, CancellationToken cancellationToken)
    {
        var chats = await ChatsAsync(cancellationToken);
        if (Volatile.Read(ref last) is { } known && ReferenceEquals(known.Roster, roster) && ReferenceEquals(known.Chats, chats))
        {
            return known.Ids;
        }

        var ids = Of(roster.Select(m => m.AadObjectId), chats);
        Volatile.Write(ref last, new Last(roster, chats, ids));
        return ids;
    }

    /// <param name="aadObjectIds">Entra ids; null for a member not linked yet.</param>
    public async Task<IReadOnlyList<string>> OfAsync(IEnumerable<string?> aadObjectIds, CancellationToken cancellationToken) =>
        Of(aadObjectIds, await ChatsAsync(cancellationToken));

    private static string[] Of(IEnumerable<string?> aadObjectIds, IReadOnlyDictionary<string, string[]> byAadObjectId) =>
    [
        .. aadObjectIds.OfType<string>()
            .Order(StringComparer.Ordinal)
            .SelectMany(id => byAadObjectId.GetValueOrDefault(id) ?? [])
            .Distinct(StringComparer.Ordinal),
    ];

    private Task<IReadOnlyDictionary<string, string[]>> ChatsAsync(CancellationToken cancellationToken) =>
        factory.Reads.GetAsync(nameof(TeamsUserIds), 0, ReadAsync, cancellationToken);

    private async Task<IReadOnlyDictionary<string, string[]>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var chats = await db.Set<ConversationReferenceRow>().AsNoTracking()
            .Where(r => r.ConversationType == ConversationTypes.Personal && r.UserAadObjectId != null && r.UserId != null)
            .Select(r => new { AadObjectId = r.UserAadObjectId!, UserId = r.UserId! })
            .ToListAsync(cancellationToken);
        return chats.GroupBy(c => c.AadObjectId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.UserId).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    private sealed record Last(IReadOnlyList<RosterMember> Roster, IReadOnlyDictionary<string, string[]> Chats, string[] Ids);
}
