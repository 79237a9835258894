using MeetingBot.Core.Assignments;
using MeetingBot.Core.Scheduling;

namespace MeetingBot.Core.Tests.Assignments;

public sealed class AssignmentRemindersTests
{
    private static TrackedAssignment Tracked(DateOnly? due, bool done = false) =>
        new(12, new Assignment(6, 2025, 2, 1, "sekretariatet", "ta fram ett yttrande", due, due is null ? null : "senast den 15 januari"), done, null, null);

    [Fact]
    public void Plan_DueInWinter_Is14DaysBeforeAt0900Stockholm()
    {
        var job = AssignmentReminders.Plan(Tracked(new DateOnly(2026, 1, 15)));

        Assert.Equal(new PlannedJob(JobKind.RemindAssignment, "assignment:12:2026-01-15", new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero)), job);
    }

    [Fact]
    public void Plan_DueAfterTheAutumnChangeRemindedBeforeIt_UsesSummerOffset()
    {
        // Due 6 November 2026: the reminder on 23 October is still summer time (the change is 25 October).
        var job = AssignmentReminders.Plan(Tracked(new DateOnly(2026, 11, 6)))!;

        Assert.Equal(new DateTimeOffset(2026, 10, 23, 7, 0, 0, TimeSpan.Zero), job.DueUtc);
    }

    [Fact]
    public void Plan_DoneOrUndated_PlansNothing()
    {
        Assert.Null(AssignmentReminders.Plan(Tracked(null)));
        Assert.Null(AssignmentReminders.Plan(Tracked(new DateOnly(2026, 1, 15), done: true)));
    }

    [Fact]
    public void TryParseKey_RoundTripsAndRefusesOtherKeys()
    {
        Assert.True(AssignmentReminders.TryParseKey(AssignmentReminders.Key(12, new DateOnly(2026, 1, 15)), out var id, out var due));
        Assert.Equal((12, new DateOnly(2026, 1, 15)), (id, due));
        Assert.False(AssignmentReminders.TryParseKey("kdg/2026-01-23", out _, out _));
    }

    [Fact]
    public void StillDue_ChangedDateOrDone_IsFalse()
    {
        var keyed = new DateOnly(2026, 1, 15);

        Assert.True(AssignmentReminders.StillDue(Tracked(keyed), keyed));
        Assert.False(AssignmentReminders.StillDue(Tracked(keyed.AddDays(7)), keyed));
        Assert.False(AssignmentReminders.StillDue(Tracked(keyed, done: true), keyed));
        Assert.False(AssignmentReminders.StillDue(null, keyed));
    }
}
