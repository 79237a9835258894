using MeetingBot.Core.Protocols;
using MeetingBot.Core.Protocols.Import;

namespace MeetingBot.Core.Tests.Protocols;

public sealed class AttendanceRulesTests
{
    private static IReadOnlyList<Participant> Present(string lines) =>
        ProtocolTextParser.Parse(ProtocolText.With(attendance: $"Närvarande:\n{lines}\n")).Present;

    [Fact]
    public void Parse_TwoPeoplePerLine_SplitsAtKnownOrganisation()
    {
        Assert.Equal(
            [new("Pernilla Anderberg", "Landskrona"), new Participant("Christian Dahlmann", "sekretariatet")],
            Present("Pernilla Anderberg, Landskrona Christian Dahlmann, sekretariatet"));
    }

    [Fact]
    public void Parse_TwoPeoplePerLineWithTwoWordOrganisation_SplitsAfterIt()
    {
        Assert.Equal(
            [new("Anna Berg", "Familjen Helsingborg"), new Participant("Per Olsson", "Bjuv")],
            Present("Anna Berg, Familjen Helsingborg Per Olsson, Bjuv"));
    }

    [Fact]
    public void Parse_TwoPeoplePerLineWithUnknownOrganisation_TakesOneWordAsOrganisation()
    {
        Assert.Equal(
            [new("Anna Berg", "Lund"), new Participant("Per Olof Hansson", "Malmö")],
            Present("Anna Berg, Lund Per Olof Hansson, Malmö"));
    }

    [Fact]
    public void Parse_PersonWithRoleAndOrganisation_KeepsBothAsOrganisation()
    {
        Assert.Equal([new Participant("Christian Dahlmann", "sekretariatet, Familjen Helsingborg")], Present("Christian Dahlmann, sekretariatet, Familjen Helsingborg"));
    }

    [Fact]
    public void Parse_TwoColumnsSeparatedByWideGap_SplitsThere()
    {
        Assert.Equal(
            [new("Anna Berg", "Lund"), new Participant("Per Olof Hansson", "Malmö")],
            Present("Anna Berg, Lund      Per Olof Hansson, Malmö"));
    }

    [Fact]
    public void Parse_NamesOnTheLabelLine_AreRead()
    {
        var protocol = ProtocolTextParser.Parse(ProtocolText.With(attendance: "Närvarande: Kristina Magnusson, Bjuv\nAnmält förhinder: Tomas Rikse, Klippan\n"));

        Assert.Equal([new Participant("Kristina Magnusson", "Bjuv")], protocol.Present);
        Assert.Equal([new Participant("Tomas Rikse", "Klippan")], protocol.Absent);
    }

    [Theory]
    [InlineData("Inga")]
    [InlineData("-")]
    public void Parse_AbsentNobody_IsEmpty(string nobody)
    {
        var protocol = ProtocolTextParser.Parse(ProtocolText.With(attendance: $"Närvarande:\nKristina Magnusson, Bjuv\nAnmält förhinder:\n{nobody}\n"));

        Assert.Empty(protocol.Absent);
    }

    [Fact]
    public void Parse_FrånvarandeLabel_IsTheAbsentList()
    {
        var protocol = ProtocolTextParser.Parse(ProtocolText.With(attendance: "Närvarande:\nKristina Magnusson, Bjuv\nFrånvarande:\nTomas Rikse, Klippan\n"));

        Assert.Equal([new Participant("Tomas Rikse", "Klippan")], protocol.Absent);
    }

    [Fact]
    public void Parse_SubHeadingsInsideTheList_AreNotPeople()
    {
        Assert.Equal(
            [new("Kristina Magnusson", "Bjuv"), new Participant("Christian Dahlmann", "sekretariatet")],
            Present("Ledamöter:\nKristina Magnusson, Bjuv\nÖvriga närvarande:\nChristian Dahlmann, sekretariatet"));
    }

    [Fact]
    public void Parse_OrganisationInParentheses_IsTheOrganisation()
    {
        Assert.Equal([new Participant("Kristina Magnusson", "Bjuv")], Present("Kristina Magnusson (Bjuv)"));
    }

    [Fact]
    public void Parse_NameWithoutOrganisation_HasEmptyOrganisation()
    {
        Assert.Equal([new Participant("Kristina Magnusson", string.Empty)], Present("Kristina Magnusson"));
    }
}
