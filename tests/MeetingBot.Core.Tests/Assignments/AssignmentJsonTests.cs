using MeetingBot.Core.Assignments;
using MeetingBot.Core.Cards;

namespace MeetingBot.Core.Tests.Assignments;

public sealed class AssignmentJsonTests
{
    [Fact]
    public void Serialize_OpenAndUndatedDone_KeysInContractOrderAndNullDue()
    {
        TrackedAssignment[] assignments =
        [
            new(1, new Assignment(6, 2025, 2, 1, "sekretariatet", "ta fram ett gemensamt yttrande över trafikplanen", new DateOnly(2025, 10, 31), "till styrelsemötet den 31 oktober"), false, null, null),
            new(2, new Assignment(5, 2025, 4, 1, "sekretariatschef", "försätta dialog", null, null), true, "Christian Dahlmann", DateTimeOffset.UnixEpoch),
        ];

        Assert.Equal(
            """[{"protocol":"6/2025","item":2,"owner":"sekretariatet","task":"ta fram ett gemensamt yttrande över trafikplanen","due":"2025-10-31","dueText":"till styrelsemötet den 31 oktober","status":"open"},"""
            + """{"protocol":"5/2025","item":4,"owner":"sekretariatschef","task":"försätta dialog","due":null,"dueText":null,"status":"done"}]""",
            AssignmentJson.Serialize(assignments));
    }

    [Fact]
    public void Line_English_CitesProtocolAndItem()
    {
        var tracked = new TrackedAssignment(3, new Assignment(6, 2025, 3, 0, "varje kommun", "utser en kontaktperson", new DateOnly(2025, 10, 15), "senast den 15 oktober"), false, null, null);

        Assert.Equal("#3 varje kommun: utser en kontaktperson (senast den 15 oktober: 15 October 2025). Protocol 6/2025 § 3", AssignmentLines.Line(tracked, CardLanguage.English));
        Assert.Equal("#3 varje kommun: utser en kontaktperson (senast den 15 oktober: 15 oktober 2025). Protokoll 6/2025 § 3", AssignmentLines.Line(tracked, CardLanguage.Swedish));
    }
}
