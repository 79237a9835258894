using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling;

namespace MeetingBot.Calendar.Graph;

/// <summary>
/// The scheduled fallback for missed Graph notifications: asks the RSVP reader for a pass. Asking
/// twice (a retried job) costs at most one more read, so running more than once is harmless.
/// </summary>
internal sealed class RereadRsvpsJob(RsvpRefreshSignal signal) : IScheduledJobHandler
{
    public JobKind Kind => JobKind.RereadRsvps;

    public Task<IReadOnlyList<JobMessage>> PrepareAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        signal.Request();
        return Task.FromResult<IReadOnlyList<JobMessage>>([]);
    }
}
