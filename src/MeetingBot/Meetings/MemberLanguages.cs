using MeetingBot.Core.Cards;
using MeetingBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Meetings;

/// <summary>The languages members chose for their own cards and messages; Swedish for everyone who did not.</summary>
internal sealed class MemberLanguages(IDbContextFactory<MeetingBotDbContext> factory)
{
    public async Task SetAsync(int memberId, CardLanguage language, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        // Swedish is stored as null: the group's language, not a choice that would outlive a change of default.
        CardLanguage? stored = language == CardLanguage.Swedish ? null : language;
        await db.Members.Where(m => m.Id == memberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.Language, stored), cancellationToken);
    }

    /// <summary>The members who chose English, by id; every other member reads Swedish.</summary>
    public async Task<IReadOnlySet<int>> EnglishAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return (await db.Members.AsNoTracking().Where(m => m.Language == CardLanguage.English).Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();
    }
}
