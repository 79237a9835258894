using System.Globalization;
using MeetingBot.Core;
using MeetingBot.Core.Roster;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Storage;

/// <summary>How an upsert changed the roster.</summary>
internal sealed record RosterUpsertResult(int Added, int Updated, int Unchanged);

/// <summary>
/// The roster, the only owner of the Members table (the rest is in RosterStore.Identity.cs). A member is the same person when the email matches, or, for an entry without an
/// email, when name and organisation match. An upsert is one transaction: all members or none.
/// </summary>
internal sealed partial class RosterStore(MeetingBotDbContextFactory factory, ILogger<RosterStore>? logger = null)
{
    private readonly ILogger logger = logger ?? (ILogger)Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    // The roster is read by Swedes: Å, Ä and Ö sort after Z.
    private static readonly StringComparer Swedish = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: false);

    public async Task<RosterUpsertResult> UpsertAsync(IReadOnlyList<Member> members, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(members);
        try
        {
            return await TryUpsertAsync(members, cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Someone added the same person between our read and our insert; the unique indexes
            // refused the duplicate, and a second pass now finds the row and updates it.
            return await TryUpsertAsync(members, cancellationToken);
        }
    }

    /// <summary>By organisation, then name.</summary>
    public async Task<IReadOnlyList<Member>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.Members.AsNoTracking().ToListAsync(cancellationToken);
        return [.. InListOrder(rows).Select(m => new Member(m.Name, m.Organisation, m.Email, m.Role))];
    }

    /// <summary>The member with roster id <paramref name="id"/>, or null.</summary>
    public async Task<Member?> FindAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return row is null ? null : new Member(row.Name, row.Organisation, row.Email, row.Role);
    }

    /// <summary>The roster id of the member with <paramref name="email"/>, or null.</summary>
    public async Task<int?> FindIdAsync(string email, CancellationToken cancellationToken)
    {
        var wanted = NormaliseEmail(email);
        await using var db = factory.CreateDbContext();
        return await db.Members.AsNoTracking().Where(m => m.Email == wanted).Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<RosterUpsertResult> TryUpsertAsync(IReadOnlyList<Member> members, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // A roster is tens of people: matching in memory keeps the rules readable and provider-neutral.
        var rows = await db.Members.ToListAsync(cancellationToken);
        var byEmail = rows.Where(r => r.Email is not null).ToDictionary(r => r.Email!, StringComparer.Ordinal);
        var byName = rows.ToDictionary(r => (r.Name, r.Organisation));
        int added = 0, updated = 0, unchanged = 0;
        foreach (var member in members)
        {
            var name = member.Name.Trim();
            var organisation = member.Organisation.Trim();
            var email = NormaliseEmail(member.Email);
            var row = Match(byEmail, byName, name, organisation, email);
            if (row is null)
            {
                row = new MemberRow { Name = name, Organisation = organisation, Email = email, Role = member.Role };
                db.Members.Add(row);
                added++;
            }
            else if (row.Name == name && row.Organisation == organisation && row.Role == member.Role && (email is null || row.Email == email))
            {
                unchanged++;
                continue;
            }
            else
            {
                byName.Remove((row.Name, row.Organisation));
                (row.Name, row.Organisation, row.Role) = (name, organisation, member.Role);
                row.Email = email ?? row.Email;
                updated++;
            }

            byName[(name, organisation)] = row;
            if (row.Email is not null)
            {
                byEmail[row.Email] = row;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RosterUpsertResult(added, updated, unchanged);
    }

    private static MemberRow? Match(
        Dictionary<string, MemberRow> byEmail, Dictionary<(string, string), MemberRow> byName, string name, string organisation, string? email)
    {
        var sameEmail = email is null ? null : byEmail.GetValueOrDefault(email);
        var sameName = byName.GetValueOrDefault((name, organisation));
        if (sameEmail is not null && sameName is not null && sameEmail != sameName)
        {
            throw new DomainException(
                $"{name}, {organisation} <{email}> matches two people on the roster: {sameEmail.Name}, {sameEmail.Organisation} has that email.");
        }

        return sameEmail ?? sameName;
    }

    /// <summary>Exchange compares addresses case-insensitively, so the roster stores them lower-cased.</summary>
    public static string? NormaliseEmail(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
}
