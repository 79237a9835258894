using MeetingBot.BotFramework.Schema;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Bot.Cards;

/// <summary>
/// The Teams user ids (29:… MRIs) of roster members, which a card's refresh names. Teams gives a
/// user's MRI only on activities and member lists; the conversation references remember it with
/// the user's Entra id for every personal chat the bot has seen or created.
/// </summary>
internal sealed class TeamsUserIds(IDbContextFactory<MeetingBotDbContext> factory)
{
    public async Task<IReadOnlyList<string>> OfRosterAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var aadIds = await db.Members.AsNoTracking().Where(m => m.AadObjectId != null).Select(m => m.AadObjectId!).ToListAsync(cancellationToken);
        var ids = await db.Set<ConversationReferenceRow>().AsNoTracking()
            .Where(r => r.ConversationType == ConversationTypes.Personal && r.UserAadObjectId != null && aadIds.Contains(r.UserAadObjectId) && r.UserId != null)
            .OrderBy(r => r.UserAadObjectId)
            .Select(r => r.UserId!)
            .ToListAsync(cancellationToken);
        return [.. ids.Distinct(StringComparer.Ordinal)];
    }
}
