using MeetingBot.Core.Cards;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Roster;

namespace MeetingBot.Core.Meetings;

/// <summary>A roster member with their stored id, which attendance answers refer to.</summary>
public sealed record RosterMember(int Id, string Name, string Organisation, string? Email, MemberRole Role, string? AadObjectId = null,
    CardLanguage Language = CardLanguage.Swedish)
{
    public Participant AsParticipant => new(Name, Organisation);

    /// <summary>False for the secretariat's shared identity (<see cref="SharedSecretariat"/>), which answers for nobody.</summary>
    public bool IsAttendee => !SharedSecretariat.Is(Name, Organisation, Role);
}
