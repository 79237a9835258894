using MeetingBot.Core.Scheduling;

namespace MeetingBot.Scheduling;

/// <summary>
/// The seam between the scheduler and the features: one implementation per <see cref="JobKind"/>,
/// registered as a singleton (<c>services.AddScheduledJobHandler&lt;T&gt;()</c>). Jobs of a kind with no
/// handler stay pending (listed in the schedule) and are never claimed.
/// </summary>
/// <remarks>
/// <see cref="PrepareAsync"/> does the job's own work (renew a subscription, read answers) and returns
/// the messages to post; the runner posts them, each exactly once per target across retries, crashes and
/// instances. It may run more than once for the same job (a retry, a takeover after a crash), so it must
/// be free of side effects or idempotent. It is only called when the job is still relevant
/// (<see cref="JobRelevance"/>): a late reminder for a meeting that has started never reaches it.
/// </remarks>
internal interface IScheduledJobHandler
{
    JobKind Kind { get; }

    /// <summary>
    /// Whether a failing job keeps being retried (at most an hour apart) past <c>Scheduling:MaxAttempts</c>
    /// instead of ending failed: for work whose absence does lasting harm until it succeeds.
    /// </summary>
    bool RetriesUntilDone => false;

    Task<IReadOnlyList<JobMessage>> PrepareAsync(ScheduledJob job, CancellationToken cancellationToken);
}
