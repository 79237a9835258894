using MeetingBot.Testing;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Protocols.Import;
using MeetingBot.Core.Roster;

namespace MeetingBot.Core.Tests.Meetings;

public sealed class ProtocolDraftBuilderTests
{
    private static readonly DateTimeOffset Answered = new(2026, 1, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly RosterMember Kristina = new(1, "Kristina Magnusson", "Bjuv", null, MemberRole.Member);
    private static readonly RosterMember Tomas = new(2, "Tomas Rikse", "Klippan", null, MemberRole.Member);
    private static readonly RosterMember Asa = new(3, "Åsa Simonsson", "Svalöv", null, MemberRole.Member);

    private static Meeting Meeting { get; } = new(
        7, "Kommundirektörsmöte i Familjen Helsingborg", new DateOnly(2026, 1, 23), new TimeOnly(8, 30), new TimeOnly(13, 0),
        "Mindpark, Bredgatan 11, Helsingborg", null, MeetingState.Planned,
        [.. AgendaTextParser.Parse(SeedAgenda.Text).Select(SeedAgendaItems.From)]);

    private static MeetingAttendance Attendance { get; } = new(7,
    [
        new(Kristina, new MemberAnswer(AttendanceAnswer.Accepted, null, null, ReplySource.Teams, Answered)),
        new(Tomas, new MemberAnswer(AttendanceAnswer.Declined, "Per Persson", "Krockar med KF", ReplySource.Teams, Answered)),
        new(Asa, null),
    ]);

    [Fact]
    public void Build_OneComingOneDeclinedWithSubstitute_ListsThemInTheCustomersFormat()
    {
        var protocol = ProtocolDraftBuilder.Build(Meeting, 1, Attendance, new Dictionary<int, IReadOnlyList<string>>());

        Assert.Equal(
            [new Participant("Kristina Magnusson", "Bjuv"), new Participant("Per Persson", "Klippan (ersättare för Tomas Rikse)")],
            protocol.Present);
        Assert.Equal([new Participant("Tomas Rikse", "Klippan")], protocol.Absent);
    }

    [Fact]
    public void Build_SeedAgendaWithDecisionsForOneItem_ItemsKeepTheirTextAndTheDecisions()
    {
        var protocol = ProtocolDraftBuilder.Build(Meeting, 1, Attendance, new Dictionary<int, IReadOnlyList<string>> { [2] = ["att tacka för informationen"] });

        Assert.Equal((1, 2026, new DateOnly(2026, 1, 23)), (protocol.Number, protocol.Year, protocol.Date));
        Assert.Equal(9, protocol.Items.Count);
        Assert.Equal(["att tacka för informationen"], protocol.Items[1].Decisions);
        Assert.Empty(protocol.Items[2].Decisions);
        Assert.Equal(Meeting.Agenda[3].Summary, protocol.Items[3].Summary);
    }

    [Fact]
    public void Entries_MembersView_WithoutComments()
    {
        var forMembers = Attendance.Entries(withComments: false);
        var forSecretariat = Attendance.Entries(withComments: true);

        Assert.All(forMembers, e => Assert.Null(e.Comment));
        Assert.Equal("Krockar med KF", forSecretariat[1].Comment);
        Assert.Equal(new AttendanceTally(1, 1, 1), Attendance.Tally);
    }
}
