using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Roster;

/// <summary>
/// The people a protocol names, present or absent, as roster members. A protocol has no emails,
/// so the secretariat completes them later; the secretariat itself is listed with the organisation
/// "sekretariatet" and gets that role.
/// </summary>
public static class ProtocolRoster
{
    public const string SecretariatOrganisation = "sekretariatet";

    public static IReadOnlyList<Member> Members(Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        return
        [
            .. protocol.Present.Concat(protocol.Absent)
                .DistinctBy(p => (p.Name, p.Organisation))
                .Select(p => new Member(p.Name, p.Organisation, null, RoleOf(p))),
        ];
    }

    private static MemberRole RoleOf(Participant participant) =>
        string.Equals(participant.Organisation.Trim(), SecretariatOrganisation, StringComparison.OrdinalIgnoreCase)
            ? MemberRole.Secretariat
            : MemberRole.Member;
}
