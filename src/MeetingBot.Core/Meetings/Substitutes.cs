namespace MeetingBot.Core.Meetings;

/// <summary>
/// Who may come in a member's place ("Ersättare"): a person of the member's own organisation.
/// A roster member named as substitute must belong to that organisation and not be the member
/// themself. A name the roster does not know is accepted as it is written: deputies (a
/// "biträdande kommundirektör") are usually not on the group's roster, and the secretariat would
/// otherwise have to add them before every meeting.
/// </summary>
public static class Substitutes
{
    public const int MaxNameLength = 200;

    /// <summary>The people of <paramref name="member"/>'s organisation on the roster, the member excluded.</summary>
    public static IReadOnlyList<RosterMember> Candidates(RosterMember member, IEnumerable<RosterMember> roster)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(roster);
        return [.. roster.Where(r => r.Id != member.Id && SameOrganisation(r, member))];
    }

    /// <summary>
    /// The substitute's name as the protocol writes it, null for none, or a refusal (<c>Valid</c> false)
    /// when the roster names that person for another organisation or it is the member.
    /// </summary>
    public static (bool Valid, string? Name) Resolve(RosterMember member, string? substitute, IEnumerable<RosterMember> roster)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(roster);
        var name = string.IsNullOrWhiteSpace(substitute) ? null : string.Join(' ', substitute.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (name is null)
        {
            return (true, null);
        }

        if (name.Length > MaxNameLength)
        {
            return (false, null);
        }

        var known = roster.Where(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (known.Count == 0)
        {
            return (true, name);
        }

        var ok = known.FirstOrDefault(r => r.Id != member.Id && SameOrganisation(r, member));
        return ok is null ? (false, null) : (true, ok.Name);
    }

    /// <summary>"Per Persson, Klippan (ersättare för Tomas Rikse)" is how the protocol lists a substitute; this is the part after the name.</summary>
    public static string OrganisationText(RosterMember absent)
    {
        ArgumentNullException.ThrowIfNull(absent);
        return $"{absent.Organisation} (ersättare för {absent.Name})";
    }

    private static bool SameOrganisation(RosterMember a, RosterMember b) =>
        string.Equals(a.Organisation.Trim(), b.Organisation.Trim(), StringComparison.OrdinalIgnoreCase);
}
