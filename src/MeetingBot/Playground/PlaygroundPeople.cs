using MeetingBot.Core.Roster;
using MeetingBot.Playground.Sample;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Playground;

/// <summary>Someone the playground can act as: a roster member with the Entra id Teams would send for them.</summary>
internal sealed record PlaygroundPerson(string Name, string Organisation, string? Email, MemberRole Role, string AadObjectId)
{
    /// <summary>Teams' per-bot user id (<c>29:…</c>); the playground derives it from the Entra id.</summary>
    public string UserId => "29:" + AadObjectId;

    public bool IsSecretariat => Role == MemberRole.Secretariat;
}

/// <summary>The roster as people to act as. A member without a stored Entra id gets a derived one, so every member can act.</summary>
internal sealed class PlaygroundPeople(RosterStore roster)
{
    public async Task<IReadOnlyList<PlaygroundPerson>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await roster.RowsAsync(cancellationToken);
        return
        [
            .. rows.OrderByDescending(r => r.Role == MemberRole.Secretariat && r.Name == SamplePeople.Secretariat.Name)
                .ThenBy(r => r.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: false))
                .Select(r => new PlaygroundPerson(r.Name, r.Organisation, r.Email, r.Role, r.AadObjectId ?? SamplePeople.AadObjectIdFor(r.Email ?? $"{r.Name}|{r.Organisation}"))),
        ];
    }

    /// <summary>By Entra id or by Teams user id (<c>29:…</c>), as the Connector API is asked.</summary>
    public async Task<PlaygroundPerson?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var aad = id.StartsWith("29:", StringComparison.Ordinal) ? id[3..] : id;
        return (await ListAsync(cancellationToken)).FirstOrDefault(p => string.Equals(p.AadObjectId, aad, StringComparison.OrdinalIgnoreCase));
    }
}
