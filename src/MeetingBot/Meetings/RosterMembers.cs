using System.Globalization;
using MeetingBot.Core.Meetings;
using MeetingBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Meetings;

/// <summary>The roster with its ids, in the order lists show it: by organisation, then name, Swedish collation.</summary>
internal static class RosterMembers
{
    private static readonly StringComparer Swedish = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: false);

    public static async Task<List<RosterMember>> ListAsync(MeetingBotDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Members.AsNoTracking().ToListAsync(cancellationToken);
        return
        [
            .. rows.OrderBy(m => m.Organisation, Swedish).ThenBy(m => m.Name, Swedish)
                .Select(m => new RosterMember(m.Id, m.Name, m.Organisation, m.Email, m.Role, m.AadObjectId)),
        ];
    }
}
