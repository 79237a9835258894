using MeetingBot.Scheduling.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.Extensions.Options;

namespace MeetingBot.Scheduling;

/// <summary>
/// Polls for due jobs on the <see cref="TimeProvider"/>'s clock (at once on start, so jobs missed while
/// down run if still useful), claims them under a lease and runs them. On shutdown it stops claiming,
/// lets each job finish the post in flight and hands the job back (released, due at once for another
/// instance); if the host's shutdown timeout runs out first, posts are cancelled and leases released.
/// </summary>
/// <remarks>
/// With <c>Scheduling:Enabled</c> off it neither plans nor runs the schedule, but still runs the jobs
/// someone asked for in chat (<see cref="RequestedJobs"/>): a request must not wait for an instance that
/// may not exist. <see cref="Wake"/> starts a poll at once, so such a job does not wait for the timer.
/// </remarks>
internal sealed class ScheduledJobRunner(
    JobStore store,
    JobExecutor executor,
    SchedulePlanner planner,
    ScheduledJobHandlers handlers,
    IOptions<SchedulingOptions> options,
    TimeProvider time,
    ILogger<ScheduledJobRunner> logger) : BackgroundService
{
    private readonly CancellationTokenSource abort = new();
    private readonly SemaphoreSlim wake = new(0, 1);
    private DateTimeOffset nextPlan = DateTimeOffset.MinValue;

    /// <summary>This instance's lease owner name: unique per process start, readable in the table.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        SchedulingLog.Started(logger, Owner, options.Value.Enabled ? string.Join(",", handlers.Kinds) : "requested only");
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        // Whichever comes first, the timer's tick or a wake-up; the other stays pending for the next
        // wait (a PeriodicTimer takes one waiter, and a second wait on the semaphore would swallow a wake-up).
        Task? tick = null;
        Task? woken = null;
        do
        {
            await TickAsync(stoppingToken, requestedOnly: !options.Value.Enabled);
            tick ??= timer.WaitForNextTickAsync(stoppingToken).AsTask();
            woken ??= wake.WaitAsync(stoppingToken);
            if (await Task.WhenAny(tick, woken) == tick)
            {
                tick = null;
            }
            else
            {
                woken = null;
            }
        }
        while (!stoppingToken.IsCancellationRequested);
    }

    /// <summary>Polls now rather than at the next tick: a job has just been asked for.</summary>
    public void Wake()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // A wake-up is already pending; one poll claims every due job.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // When the host's shutdown timeout runs out, in-flight posts are cancelled and their jobs released.
        await using var registration = cancellationToken.Register(abort.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        abort.Dispose();
        wake.Dispose();
        base.Dispose();
    }

    /// <summary>One poll: plan if it is time, then claim and run due jobs until none are left.</summary>
    /// <param name="requestedOnly">Neither plan nor run the schedule; only the jobs asked for in chat.</param>
    internal async Task TickAsync(CancellationToken stoppingToken, bool requestedOnly = false)
    {
        try
        {
            var now = time.GetUtcNow();
            if (!requestedOnly && now >= nextPlan)
            {
                await planner.PlanAsync(stoppingToken);
                nextPlan = now + options.Value.PlanInterval;
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                now = time.GetUtcNow();
                var claimed = await store.ClaimAsync(
                    Owner, now, now + options.Value.LeaseDuration, handlers.Kinds, options.Value.MaxConcurrentJobs, requestedOnly, stoppingToken);
                if (claimed.Count == 0)
                {
                    return;
                }

                await Task.WhenAll(claimed.Select(job => RunOneAsync(job, stoppingToken)));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down between claims.
        }
        catch (Exception ex)
        {
            SchedulingLog.PollFailed(logger, ex);
        }
    }

    private async Task RunOneAsync(ScheduledJobRow job, CancellationToken stoppingToken)
    {
        try
        {
            await executor.RunAsync(job, Owner, stoppingToken, abort.Token);
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            // Aborted at the end of the shutdown timeout; the executor released the lease.
        }
    }

}
