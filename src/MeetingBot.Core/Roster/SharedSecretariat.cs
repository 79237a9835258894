namespace MeetingBot.Core.Roster;

/// <summary>
/// The secretariat's shared identity: a roster entry for the office rather than a person, named as
/// its organisation ("Sekretariatet, sekretariatet"). It runs the secretariat's commands but never
/// attends a meeting, so it is never counted, listed in attendance or a protocol, or reminded. The
/// secretary the protocol names (a person of the organisation "sekretariatet") does attend.
/// </summary>
public static class SharedSecretariat
{
    public static bool Is(string name, string organisation, MemberRole role) =>
        role == MemberRole.Secretariat
        && string.Equals(name.Trim(), organisation.Trim(), StringComparison.OrdinalIgnoreCase);
}
