using MeetingBot.Core.Meetings;

namespace MeetingBot.Core.Tests.Meetings;

public sealed class AttendanceRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 23, 7, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Before = Start.AddDays(-3);

    private static MemberAnswer Answer(AttendanceAnswer answer, DateTimeOffset at, ReplySource source = ReplySource.Teams, string? substitute = null, string? comment = null) =>
        new(answer, substitute, comment, source, at);

    [Fact]
    public void Decide_FirstAnswerBeforeStart_Recorded()
    {
        Assert.Equal(AttendanceOutcome.Recorded, AttendanceRules.Decide(null, Answer(AttendanceAnswer.Accepted, Before), Start, MeetingState.Planned));
    }

    [Fact]
    public void Decide_SameAnswerAgain_Unchanged()
    {
        var current = Answer(AttendanceAnswer.Declined, Before, substitute: "Per Persson", comment: "KF");

        var outcome = AttendanceRules.Decide(current, Answer(AttendanceAnswer.Declined, Before.AddMinutes(1), substitute: "Per Persson", comment: "KF"), Start, MeetingState.Planned);

        Assert.Equal(AttendanceOutcome.Unchanged, outcome);
    }

    [Fact]
    public void Decide_OtherSubstituteWithSameAnswer_Recorded()
    {
        var current = Answer(AttendanceAnswer.Declined, Before, substitute: "Per Persson");

        var outcome = AttendanceRules.Decide(current, Answer(AttendanceAnswer.Declined, Before.AddMinutes(1), substitute: "Eva Ek"), Start, MeetingState.Planned);

        Assert.Equal(AttendanceOutcome.Recorded, outcome);
    }

    [Fact]
    public void Decide_AtTheStart_MeetingStarted()
    {
        Assert.Equal(AttendanceOutcome.MeetingStarted, AttendanceRules.Decide(null, Answer(AttendanceAnswer.Accepted, Start), Start, MeetingState.Planned));
    }

    [Fact]
    public void Decide_CancelledMeeting_MeetingCancelled()
    {
        Assert.Equal(AttendanceOutcome.MeetingCancelled, AttendanceRules.Decide(null, Answer(AttendanceAnswer.Accepted, Before), Start, MeetingState.Cancelled));
    }

    [Fact]
    public void Decide_OlderOutlookReplyAfterNewerTeamsAnswer_Superseded()
    {
        var teams = Answer(AttendanceAnswer.Declined, Before.AddHours(2));

        var outcome = AttendanceRules.Decide(teams, Answer(AttendanceAnswer.Accepted, Before, ReplySource.Outlook), Start, MeetingState.Planned);

        Assert.Equal(AttendanceOutcome.Superseded, outcome);
    }

    [Fact]
    public void Decide_LaterOutlookReplyAfterTeamsAnswer_Recorded()
    {
        var teams = Answer(AttendanceAnswer.Accepted, Before, ReplySource.Teams);

        var outcome = AttendanceRules.Decide(teams, Answer(AttendanceAnswer.Declined, Before.AddHours(1), ReplySource.Outlook), Start, MeetingState.Planned);

        Assert.Equal(AttendanceOutcome.Recorded, outcome);
    }

    [Fact]
    public void Decide_SameInstantBothSources_TeamsWinsWhicheverCameFirst()
    {
        var outlook = Answer(AttendanceAnswer.Declined, Before, ReplySource.Outlook);
        var teams = Answer(AttendanceAnswer.Accepted, Before, ReplySource.Teams);

        Assert.Equal(AttendanceOutcome.Recorded, AttendanceRules.Decide(outlook, teams, Start, MeetingState.Planned));
        Assert.Equal(AttendanceOutcome.Superseded, AttendanceRules.Decide(teams, outlook, Start, MeetingState.Planned));
    }
}
