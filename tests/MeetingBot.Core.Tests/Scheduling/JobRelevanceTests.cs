using MeetingBot.Core.Scheduling;

namespace MeetingBot.Core.Tests.Scheduling;

public sealed class JobRelevanceTests
{
    private static readonly ScheduledMeeting Meeting =
        new("kdg/2026-01-23", new DateOnly(2026, 1, 23), new TimeOnly(9, 0), new TimeOnly(12, 0), false, 2);

    private static readonly DateTimeOffset Start = new(2026, 1, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void DropReason_ReminderMissedButBeforeStart_Runs()
    {
        Assert.Null(JobRelevance.DropReason(JobKind.RemindUnanswered, Meeting, Start.AddMinutes(-1), ScheduleRules.Default));
    }

    [Fact]
    public void DropReason_ReminderAfterTheMeetingStarted_IsDropped()
    {
        Assert.Equal("the meeting has started", JobRelevance.DropReason(JobKind.RemindUnanswered, Meeting, Start, ScheduleRules.Default));
    }

    [Fact]
    public void DropReason_AgendaWithoutItems_IsDroppedAndEmptyReminderRuns()
    {
        var empty = Meeting with { AgendaItemCount = 0 };
        var now = Start.AddDays(-8);

        Assert.Equal("the agenda has no items", JobRelevance.DropReason(JobKind.PostAgenda, empty, now, ScheduleRules.Default));
        Assert.Null(JobRelevance.DropReason(JobKind.PostAgenda, empty, now, ScheduleRules.Default, requested: true));
        Assert.Null(JobRelevance.DropReason(JobKind.RemindEmptyAgenda, empty, now, ScheduleRules.Default));
        Assert.Equal("the agenda has items", JobRelevance.DropReason(JobKind.RemindEmptyAgenda, Meeting, now, ScheduleRules.Default));
    }

    [Fact]
    public void DropReason_DraftOfferAfterTheMeeting_RunsForAWeek()
    {
        var end = Meeting.EndUtc;

        Assert.Null(JobRelevance.DropReason(JobKind.OfferDraft, Meeting, end.AddDays(6), ScheduleRules.Default));
        Assert.Equal("the meeting ended too long ago", JobRelevance.DropReason(JobKind.OfferDraft, Meeting, end.AddDays(8), ScheduleRules.Default));
    }

    [Fact]
    public void DropReason_MeetingGoneOrCancelled_IsDropped()
    {
        Assert.Equal("the meeting no longer exists", JobRelevance.DropReason(JobKind.PostAgenda, null, Start.AddDays(-7), ScheduleRules.Default));
        Assert.Equal("the meeting is cancelled", JobRelevance.DropReason(JobKind.PostAgenda, Meeting with { Cancelled = true }, Start.AddDays(-7), ScheduleRules.Default));
    }

    [Fact]
    public void Next_RecurringSlot_IsTheSameForEveryInstanceInTheSlot()
    {
        var a = RecurringJobs.Next(JobKind.RereadRsvps, new DateTimeOffset(2026, 1, 20, 9, 10, 0, TimeSpan.Zero), TimeSpan.FromHours(1));
        var b = RecurringJobs.Next(JobKind.RereadRsvps, new DateTimeOffset(2026, 1, 20, 9, 50, 0, TimeSpan.Zero), TimeSpan.FromHours(1));

        Assert.Equal(a, b);
        Assert.Equal(new DateTimeOffset(2026, 1, 20, 10, 0, 0, TimeSpan.Zero), a.DueUtc);
    }
}
