using MeetingBot.Assignments;
using MeetingBot.Core.Assignments;
using MeetingBot.Core.Scheduling;
using MeetingBot.Core.Series;
using MeetingBot.Scheduling.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.Scheduling;

/// <summary>
/// Derives the jobs of every meeting that has not ended, and the next slot of each recurring job that
/// has a handler. Repeatable: the unique key makes a second run a no-op, so every instance may plan.
/// Call <see cref="PlanAsync"/> after changing meetings to see the schedule at once.
/// </summary>
internal sealed class SchedulePlanner(
    MeetingSource meetings, JobStore store, IOptions<SchedulingOptions> options, ScheduledJobHandlers handlers, TimeProvider time, AssignmentStore? assignments = null)
{
    public async Task PlanAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var upcoming = await meetings.UpcomingAsync(now, cancellationToken);
        var jobs = upcoming.SelectMany(m => MeetingJobPlanner.Plan(m, options.Value.RulesFor(m.Key))).ToList();
        foreach (var (kind, interval) in Recurring())
        {
            if (handlers.Handles(kind))
            {
                // The slot now running (due at its start, so at once); its key keeps it to one row across instances.
                jobs.Add(RecurringJobs.Next(kind, now - interval, interval));
            }
        }

        if (assignments is not null && handlers.Handles(JobKind.RemindAssignment))
        {
            jobs.AddRange(await AssignmentJobsAsync(assignments, now, cancellationToken));
        }

        await store.PlanAsync(jobs, cancellationToken);
    }

    /// <summary>A reminder for each open assignment not yet past due (one planned late is sent at once).</summary>
    private static async Task<IEnumerable<PlannedJob>> AssignmentJobsAsync(AssignmentStore assignments, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(StockholmTime.ToLocal(now).DateTime);
        var open = await assignments.ListAsync(openOnly: true, cancellationToken);
        return open.Where(t => t.Assignment.Due >= today).Select(AssignmentReminders.Plan).OfType<PlannedJob>();
    }

    /// <summary>The slot after a recurring job ran.</summary>
    public PlannedJob? NextRecurring(JobKind kind, DateTimeOffset now) =>
        Recurring().Where(r => r.Kind == kind).Select(r => RecurringJobs.Next(kind, now, r.Interval)).FirstOrDefault();

    private IEnumerable<(JobKind Kind, TimeSpan Interval)> Recurring()
    {
        yield return (JobKind.RenewSubscription, options.Value.SubscriptionRenewalInterval);
        yield return (JobKind.RereadRsvps, options.Value.RsvpRereadInterval);
    }
}
