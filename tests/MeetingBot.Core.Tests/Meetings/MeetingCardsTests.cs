using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Roster;

namespace MeetingBot.Core.Tests.Meetings;

public sealed class MeetingCardsTests
{
    private static readonly RosterMember Tomas = new(2, "Tomas Rikse", "Klippan", null, MemberRole.Member);
    private static readonly RosterMember Per = new(5, "Per Persson", "Klippan", null, MemberRole.Member);
    private static readonly DateTimeOffset At = new(2026, 1, 19, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("17", 17)]
    [InlineData("0", null)]
    [InlineData("-3", null)]
    [InlineData(" 17", null)]
    [InlineData("abc", null)]
    [InlineData(null, null)]
    public void ParseId_CardData_OnlyAPositiveNumber(string? value, int? expected)
    {
        Assert.Equal(expected, MeetingCards.ParseId(value));
    }

    [Fact]
    public void Viewer_DeclinedWithSubstitute_AnswerAndTheOrganisationsOthersAsOptions()
    {
        var member = new MemberAttendance(Tomas, new MemberAnswer(AttendanceAnswer.Declined, "Per Persson", "KF", ReplySource.Teams, At));

        var viewer = MeetingCards.Viewer(member, [Tomas, Per]);

        Assert.Equal(new ViewerAnswer(AttendanceStatus.Declined, "Per Persson"), viewer.Answer);
        Assert.Equal([new SubstituteOption("Per Persson", "Per Persson")], viewer.Substitutes);
    }

    [Fact]
    public void Viewer_NotAnswered_NoAnswer()
    {
        Assert.Null(MeetingCards.Viewer(new MemberAttendance(Per, null), [Tomas, Per]).Answer);
    }
}
