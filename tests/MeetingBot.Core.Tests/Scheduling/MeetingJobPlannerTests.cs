using MeetingBot.Core.Scheduling;
using MeetingBot.Core.Series;

namespace MeetingBot.Core.Tests.Scheduling;

public sealed class MeetingJobPlannerTests
{
    private static ScheduledMeeting Meeting(int year, int month, int day, int items = 3) =>
        new(MeetingKey.Of("kdg", new DateOnly(year, month, day)), new DateOnly(year, month, day), new TimeOnly(9, 0), new TimeOnly(12, 0), false, items);

    private static DateTimeOffset Due(IReadOnlyList<PlannedJob> jobs, JobKind kind) => jobs.Single(j => j.Kind == kind).DueUtc;

    [Fact]
    public void Plan_WinterMeeting_DefaultsAreTenSevenAndTwoDaysBeforeAndTheEnd()
    {
        var jobs = MeetingJobPlanner.Plan(Meeting(2026, 1, 23), ScheduleRules.Default);

        Assert.Equal(new DateTimeOffset(2026, 1, 13, 8, 0, 0, TimeSpan.Zero), Due(jobs, JobKind.RemindEmptyAgenda));
        Assert.Equal(new DateTimeOffset(2026, 1, 16, 8, 0, 0, TimeSpan.Zero), Due(jobs, JobKind.PostAgenda));
        Assert.Equal(new DateTimeOffset(2026, 1, 21, 8, 0, 0, TimeSpan.Zero), Due(jobs, JobKind.RemindUnanswered));
        Assert.Equal(new DateTimeOffset(2026, 1, 23, 11, 0, 0, TimeSpan.Zero), Due(jobs, JobKind.OfferDraft));
    }

    [Fact]
    public void Plan_AgendaWeekSpansSpringForward29March_StaysNineLocal()
    {
        // Meeting 2 April (summer time, UTC+2); its agenda goes out 26 March (winter time, UTC+1).
        var jobs = MeetingJobPlanner.Plan(Meeting(2026, 4, 2), ScheduleRules.Default);

        var agenda = Due(jobs, JobKind.PostAgenda);
        Assert.Equal(new DateTimeOffset(2026, 3, 26, 8, 0, 0, TimeSpan.Zero), agenda);
        Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(StockholmTime.ToLocal(agenda).DateTime));
        Assert.Equal(new DateTimeOffset(2026, 4, 2, 7, 0, 0, TimeSpan.Zero), Meeting(2026, 4, 2).StartUtc);
    }

    [Fact]
    public void Plan_AgendaWeekSpansFallBack25October_StaysNineLocal()
    {
        // Meeting 30 October (winter time, UTC+1); its agenda goes out 23 October (summer time, UTC+2).
        var jobs = MeetingJobPlanner.Plan(Meeting(2026, 10, 30), ScheduleRules.Default);

        Assert.Equal(new DateTimeOffset(2026, 10, 23, 7, 0, 0, TimeSpan.Zero), Due(jobs, JobKind.PostAgenda));
        Assert.Equal(new DateTimeOffset(2026, 10, 28, 8, 0, 0, TimeSpan.Zero), Due(jobs, JobKind.RemindUnanswered));
    }

    [Fact]
    public void Plan_ConfiguredSendTime_UsesItInsteadOfTheMeetingStart()
    {
        var rules = ScheduleRules.Default with { SendAtLocal = new TimeOnly(7, 30), AgendaDaysBefore = 5 };

        var agenda = Due(MeetingJobPlanner.Plan(Meeting(2026, 1, 23), rules), JobKind.PostAgenda);

        Assert.Equal(new DateTimeOffset(2026, 1, 18, 6, 30, 0, TimeSpan.Zero), agenda);
    }

    [Fact]
    public void Plan_CancelledMeeting_HasNoJobs()
    {
        Assert.Empty(MeetingJobPlanner.Plan(Meeting(2026, 1, 23) with { Cancelled = true }, ScheduleRules.Default));
    }

    [Fact]
    public void UniqueKey_SameMeetingPlannedTwice_IsTheSame()
    {
        var first = MeetingJobPlanner.Plan(Meeting(2026, 1, 23), ScheduleRules.Default);
        var second = MeetingJobPlanner.Plan(Meeting(2026, 1, 23), ScheduleRules.Default);

        Assert.Equal(first.Select(j => j.UniqueKey), second.Select(j => j.UniqueKey));
        Assert.Equal(4, first.Select(j => j.UniqueKey).Distinct().Count());
    }
}
