using MeetingBot.Core.Assignments;

namespace MeetingBot.Core.Tests.Assignments;

public sealed class AssignmentVisibilityTests
{
    private static Assignment Owned(string owner) => new(6, 2025, 2, 0, owner, "göra något", null, null);

    [Theory]
    [InlineData("Bjuv", "Bjuv", true)]
    [InlineData("Bjuvs kommun", "Bjuv", true)]
    [InlineData("Helsingborgs stad", "Helsingborg", true)]
    [InlineData("varje kommun", "Bjuv", true)]
    [InlineData("respektive kommun", "Klippan", true)]
    [InlineData("Familjen Helsingborg", "Helsingborg", false)]
    [InlineData("sekretariatet", "Bjuv", false)]
    [InlineData("Klippans kommun", "Bjuv", false)]
    [InlineData("HR-nätverket", "Bjuv", false)]
    public void IsFor_OwnerAndOrganisation_SeenOnlyByTheOwnersOrEveryMunicipality(string owner, string organisation, bool seen)
    {
        Assert.Equal(seen, AssignmentVisibility.IsFor(Owned(owner), organisation));
    }
}
