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
    private DateTimeOffset nextPlan = DateTimeOffset.MinValue;

    /// <summary>This instance's lease owner name: unique per process start, readable in the table.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await Task.Yield();
        SchedulingLog.Started(logger, Owner, string.Join(",", handlers.Kinds));
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            await TickAsync(stoppingToken);
        }
        while (await WaitAsync(timer, stoppingToken));
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
        base.Dispose();
    }

    /// <summary>One poll: plan if it is time, then claim and run due jobs until none are left.</summary>
    internal async Task TickAsync(CancellationToken stoppingToken)
    {
        try
        {
            var now = time.GetUtcNow();
            if (now >= nextPlan)
            {
                await planner.PlanAsync(stoppingToken);
                nextPlan = now + options.Value.PlanInterval;
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                now = time.GetUtcNow();
                var claimed = await store.ClaimAsync(Owner, now, now + options.Value.LeaseDuration, handlers.Kinds, options.Value.MaxConcurrentJobs, stoppingToken);
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

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
