using MeetingBot.Scheduling.Storage;

namespace MeetingBot.Scheduling;

/// <summary>
/// Renews a job's lease every third of its duration while the job runs; when the lease turns out to be
/// lost (this instance stalled past expiry and another took over), cancels <c>lost</c> so the job stops.
/// </summary>
internal sealed class LeaseRenewal : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public LeaseRenewal(JobStore store, long id, string owner, TimeSpan duration, TimeProvider time, CancellationTokenSource lost)
    {
        loop = RunAsync(store, id, owner, duration, time, lost);
    }

    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await loop;
    }

    public void Dispose() => stop.Dispose();

    private async Task RunAsync(JobStore store, long id, string owner, TimeSpan duration, TimeProvider time, CancellationTokenSource lost)
    {
        try
        {
            using var timer = new PeriodicTimer(duration / 3, time);
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                var now = time.GetUtcNow();
                bool held;
                try
                {
                    held = await store.RenewLeaseAsync(id, owner, now, now + duration, stop.Token);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A database hiccup: the lease still has two thirds to run; try at the next tick.
                    continue;
                }

                if (!held)
                {
                    await lost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The job ended; its outcome released the lease.
        }
    }
}
