using MeetingBot.Core.Meetings;
using MeetingBot.Core.Roster;

namespace MeetingBot.Core.Tests.Meetings;

public sealed class SubstitutesTests
{
    private static readonly RosterMember Tomas = new(1, "Tomas Rikse", "Klippan", "tomas.rikse@klippan.se", MemberRole.Member);
    private static readonly RosterMember Deputy = new(2, "Anna Deputy", "Klippan", null, MemberRole.Member);
    private static readonly RosterMember Kristina = new(3, "Kristina Magnusson", "Bjuv", null, MemberRole.Member);
    private static readonly RosterMember[] Roster = [Tomas, Deputy, Kristina];

    [Fact]
    public void Resolve_RosterMemberOfSameOrganisation_Accepted()
    {
        Assert.Equal((true, "Anna Deputy"), Substitutes.Resolve(Tomas, " anna  deputy ", Roster));
    }

    [Fact]
    public void Resolve_RosterMemberOfOtherOrganisation_Refused()
    {
        Assert.False(Substitutes.Resolve(Tomas, "Kristina Magnusson", Roster).Valid);
    }

    [Fact]
    public void Resolve_TheMemberThemself_Refused()
    {
        Assert.False(Substitutes.Resolve(Tomas, "Tomas Rikse", Roster).Valid);
    }

    [Fact]
    public void Resolve_NameNotOnTheRoster_AcceptedAsWritten()
    {
        Assert.Equal((true, "Per Persson"), Substitutes.Resolve(Tomas, "Per Persson", Roster));
    }

    [Fact]
    public void Resolve_Blank_NoSubstitute()
    {
        Assert.Equal((true, (string?)null), Substitutes.Resolve(Tomas, "  ", Roster));
    }

    [Fact]
    public void Candidates_Member_OthersOfTheOrganisationOnly()
    {
        Assert.Equal([Deputy], Substitutes.Candidates(Tomas, Roster));
    }

    [Fact]
    public void OrganisationText_Absent_NamesWhoTheSubstituteReplaces()
    {
        Assert.Equal("Klippan (ersättare för Tomas Rikse)", Substitutes.OrganisationText(Tomas));
    }
}
