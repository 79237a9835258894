using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Roster;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Storage;

/// <summary>
/// The roster as the bot meets its people: look-up by Entra id and by e-mail, the one policy that
/// links an Entra id to a member (docs/design-meetings.md, "Roster and identity"), languages and
/// substitutes. Every read of the Members table is in this class, so the policy cannot drift.
/// </summary>
internal sealed partial class RosterStore
{
    /// <summary>The roster with ids in list order (organisation, then name, Swedish collation), read in <paramref name="db"/>: for a unit of work that reads it once.</summary>
    public static async Task<List<RosterMember>> MembersAsync(MeetingBotDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Members.AsNoTracking().ToListAsync(cancellationToken);
        return [.. InListOrder(rows).Select(ToRosterMember)];
    }

    /// <summary>The roster with ids in list order, as kept between presses (<see cref="StoredReads"/>).</summary>
    public Task<IReadOnlyList<RosterMember>> MembersAsync(CancellationToken cancellationToken) =>
        factory.Reads.GetAsync<IReadOnlyList<RosterMember>>(
            nameof(RosterStore),
            0,
            async ct =>
            {
                await using var db = factory.CreateDbContext();
                return (await MembersAsync(db, ct)).AsReadOnly();
            },
            cancellationToken);

    /// <summary>The member Teams names by <c>from.aadObjectId</c>, or null when the roster has nobody with it.</summary>
    public async Task<RosterMember?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.AadObjectId == aadObjectId, cancellationToken);
        return row is null ? null : ToRosterMember(row);
    }

    /// <summary>
    /// Links <paramref name="aadObjectId"/> to the member with the verified <paramref name="email"/> (Teams' or
    /// Entra's e-mail or UPN, never anything a card carries) and returns the member, or null when nobody
    /// may have it. The policy: an unlinked member is linked; a member linked to this id stays; a member
    /// linked to another id is refused, and so is an id another member has. Nothing is ever moved.
    /// </summary>
    public async Task<RosterMember?> LinkAsync(string email, string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        var linked = await LinkAllAsync([(aadObjectId, email)], cancellationToken);
        return linked.GetValueOrDefault(aadObjectId);
    }

    /// <summary>
    /// <see cref="LinkAsync"/> for many accounts in one unit of work (a team's member list).
    /// Returns the members linked to the accounts, by Entra id.
    /// </summary>
    public async Task<Dictionary<string, RosterMember>> LinkAllAsync(
        IReadOnlyCollection<(string AadObjectId, string? Email)> accounts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        await using var db = factory.CreateDbContext();
        var rows = await db.Members.ToListAsync(cancellationToken);
        Dictionary<string, RosterMember> linked = new(StringComparer.OrdinalIgnoreCase);
        foreach (var (aadObjectId, email) in accounts)
        {
            if (Link(rows, aadObjectId, NormaliseEmail(email)) is { } row)
            {
                linked[aadObjectId] = ToRosterMember(row);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // A concurrent turn linked the same person first. The unique index kept one link per id; the
            // next turn finds the member by it. Nothing was linked twice.
            StorageLog.LinkRaced(logger);
        }

        return linked;
    }

    private MemberRow? Link(List<MemberRow> rows, string aadObjectId, string? email)
    {
        var known = rows.FirstOrDefault(m => string.Equals(m.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));
        if (known is not null)
        {
            return known;
        }

        var member = email is null ? null : rows.FirstOrDefault(m => m.Email == email);
        if (member is null)
        {
            return null;
        }

        if (member.AadObjectId is not null)
        {
            // The roster's person is already someone else in Entra: moving the id would let whoever has the
            // address now answer as them. The secretariat corrects the roster; until then, refuse.
            StorageLog.LinkRefused(logger, member.Id);
            return null;
        }

        member.AadObjectId = aadObjectId;
        return member;
    }

    /// <summary>Every member's row in the order the database sorts organisation and name: the agenda's recipients and the playground's people.</summary>
    public async Task<IReadOnlyList<MemberRow>> RowsAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Members.AsNoTracking().OrderBy(m => m.Organisation).ThenBy(m => m.Name).ToListAsync(cancellationToken);
    }

    /// <summary>The rows of these members in the order of <paramref name="ids"/>; an id not in the roster is left out.</summary>
    public async Task<IReadOnlyList<MemberRow>> RowsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using var db = factory.CreateDbContext();
        var rows = await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        return [.. ids.Select(rows.GetValueOrDefault).OfType<MemberRow>()];
    }

    /// <summary>The people the member may name as substitute: the roster's others of their organisation.</summary>
    public async Task<IReadOnlyList<RosterMember>> SubstitutesAsync(int memberId, CancellationToken cancellationToken)
    {
        var roster = await MembersAsync(cancellationToken);
        return roster.FirstOrDefault(m => m.Id == memberId) is { } member ? Substitutes.Candidates(member, roster.Where(m => m.IsAttendee)) : [];
    }

    public async Task SetLanguageAsync(int memberId, CardLanguage language, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        // Swedish is stored as null: the group's language, not a choice that would outlive a change of default.
        CardLanguage? stored = language == CardLanguage.Swedish ? null : language;
        await db.Members.Where(m => m.Id == memberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.Language, stored), cancellationToken);
    }


    private static IEnumerable<MemberRow> InListOrder(IEnumerable<MemberRow> rows) =>
        rows.OrderBy(m => m.Organisation, Swedish).ThenBy(m => m.Name, Swedish);

    private static RosterMember ToRosterMember(MemberRow m) =>
        new(m.Id, m.Name, m.Organisation, m.Email, m.Role, m.AadObjectId, m.Language ?? CardLanguage.Swedish);
}
