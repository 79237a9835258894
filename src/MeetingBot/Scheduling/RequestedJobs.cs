using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling.Storage;

namespace MeetingBot.Scheduling;

/// <summary>
/// Jobs asked for in chat (post the agenda now, remind now): planned due at once in the same table as
/// the schedule, so the same runner delivers them, once per target, across restarts and instances.
/// </summary>
internal sealed class RequestedJobs(JobStore store, ScheduledJobRunner runner, TimeProvider time)
{
    /// <param name="request">The feature's note of who asked and where to answer, handed back in <see cref="ScheduledJob.Request"/>.</param>
    /// <returns>False when a job of this kind for the meeting is already pending or running; nothing new is planned.</returns>
    public async Task<bool> PlanAsync(JobKind kind, string meetingKey, string request, CancellationToken cancellationToken)
    {
        if (!await store.PlanRequestedAsync(kind, meetingKey, time.GetUtcNow(), request, cancellationToken))
        {
            return false;
        }

        runner.Wake();
        return true;
    }
}
