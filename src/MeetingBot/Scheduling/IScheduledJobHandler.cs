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

    /// <summary>
    /// Messages that report on the fan-out (who got the card), posted after it like the others: once per
    /// target across retries, so their keys must differ from the fan-out's (<see cref="DeliveryTarget.For"/>).
    /// Called when every target has been tried and none waits for a retry, or on the job's last attempt;
    /// a job handed back at shutdown is reported by whoever finishes it.
    /// </summary>
    /// <param name="sent">The keys of the job's targets Teams confirmed, over all attempts.</param>
    Task<IReadOnlyList<JobMessage>> ReportAsync(ScheduledJob job, IReadOnlySet<string> sent, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JobMessage>>([]);
}
