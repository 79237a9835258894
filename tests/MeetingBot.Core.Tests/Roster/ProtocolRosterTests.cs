using MeetingBot.Core.Protocols;
using MeetingBot.Core.Roster;

namespace MeetingBot.Core.Tests.Roster;

public sealed class ProtocolRosterTests
{
    [Fact]
    public void Members_PresentAndAbsent_AllListedSecretariatByOrganisation()
    {
        var protocol = new Protocol(5, 2025, "Kommundirektörsmöte i Familjen Helsingborg", new DateOnly(2025, 6, 13),
            new TimeOnly(8, 30), new TimeOnly(12, 0), "Mindpark", "Studion",
            [new("Kristina Magnusson", "Bjuv"), new("Christian Dahlmann", "sekretariatet")],
            [new("Tomas Rikse", "Klippan")],
            []);

        var members = ProtocolRoster.Members(protocol);

        Assert.Equal(
            [
                new Member("Kristina Magnusson", "Bjuv", null, MemberRole.Member),
                new Member("Christian Dahlmann", "sekretariatet", null, MemberRole.Secretariat),
                new Member("Tomas Rikse", "Klippan", null, MemberRole.Member),
            ],
            members);
    }
}
