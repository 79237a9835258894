using MeetingBot.Core.Meetings;
using MeetingBot.Core.Roster;

namespace MeetingBot.Core.Tests.Roster;

public sealed class SharedSecretariatTests
{
    [Theory]
    [InlineData("Sekretariatet", "sekretariatet", MemberRole.Secretariat, true)]
    [InlineData(" sekretariatet ", "Sekretariatet", MemberRole.Secretariat, true)]
    [InlineData("Christian Dahlmann", "sekretariatet", MemberRole.Secretariat, false)]
    [InlineData("Sekretariatet", "sekretariatet", MemberRole.Member, false)]
    public void Is_OnlyTheOfficeNamedAsItsOrganisation(string name, string organisation, MemberRole role, bool expected)
    {
        Assert.Equal(expected, SharedSecretariat.Is(name, organisation, role));
        Assert.Equal(!expected, new RosterMember(1, name, organisation, null, role).IsAttendee);
    }
}
