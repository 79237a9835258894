using MeetingBot.Core.Calendar;
using MeetingBot.Core.Meetings;

namespace MeetingBot.Core.Tests.Meetings;

public sealed class OutlookAnswerTests
{
    private static readonly DateTimeOffset Time = new(2026, 3, 30, 10, 12, 0, TimeSpan.FromHours(2));

    [Theory]
    [InlineData(CalendarResponse.Accepted, AttendanceAnswer.Accepted)]
    [InlineData(CalendarResponse.Declined, AttendanceAnswer.Declined)]
    public void Of_Answered_OutlookAnswerAtTheReplysTimeInUtc(CalendarResponse response, AttendanceAnswer expected)
    {
        var answer = OutlookAnswer.Of(new AttendeeResponse("a@x.se", response, Time));

        Assert.Equal(new MemberAnswer(expected, null, null, ReplySource.Outlook, Time), answer);
        Assert.Equal(TimeSpan.Zero, answer!.At.Offset);
    }

    [Theory]
    [InlineData(CalendarResponse.TentativelyAccepted)]
    [InlineData(CalendarResponse.None)]
    public void Of_TentativeOrNone_NoAnswer(CalendarResponse response) =>
        Assert.Null(OutlookAnswer.Of(new AttendeeResponse("a@x.se", response, Time)));

    [Fact]
    public void Of_ReplyWithoutTime_LosesToAnyTimedTeamsAnswer()
    {
        var untimed = OutlookAnswer.Of(new AttendeeResponse("a@x.se", CalendarResponse.Declined, null))!;
        var teams = new MemberAnswer(AttendanceAnswer.Accepted, null, null, ReplySource.Teams, Time);

        Assert.Equal(AttendanceOutcome.Recorded, AttendanceRules.Decide(untimed, teams, Time.AddDays(1), MeetingState.Planned));
        Assert.Equal(AttendanceOutcome.Superseded, AttendanceRules.Decide(teams, untimed, Time.AddDays(1), MeetingState.Planned));
    }
}
