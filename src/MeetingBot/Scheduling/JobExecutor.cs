using System.Diagnostics;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling.Storage;
using MeetingBot.Storage.Rows;
using MeetingBot.Telemetry;
using Microsoft.Extensions.Options;

namespace MeetingBot.Scheduling;

/// <summary>
/// Runs one claimed job: checks it is still relevant, asks its handler for the messages, posts each
/// once (<see cref="JobStore.BeginDeliveryAsync"/>), renews the lease meanwhile, and records the outcome.
/// </summary>
/// <param name="connector">Absent when the bot is not configured (no <c>Bot</c> section): jobs that post then fail, the others run.</param>
internal sealed class JobExecutor(
    JobStore store,
    MeetingSource meetings,
    ScheduledJobHandlers handlers,
    SchedulePlanner planner,
    IConversationReferenceStore references,
    IOptions<SchedulingOptions> options,
    TimeProvider time,
    ILogger<JobExecutor> logger,
    ConnectorClient? connector = null)
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);

    /// <param name="handBack">Shutdown: finish the post in flight, then hand the job back.</param>
    /// <param name="abort">The shutdown timeout ran out: stop at once.</param>
    public async Task RunAsync(ScheduledJobRow row, string owner, CancellationToken handBack, CancellationToken abort)
    {
        var kind = row.Kind.ToString();
        using var activity = MeetingBotMetrics.Source.StartActivity("job " + kind);
        activity?.SetTag("job.id", row.Id);
        activity?.SetTag("job.kind", kind);
        var started = time.GetTimestamp();
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(abort);
        using var renewal = RenewLeaseAsync(row.Id, owner, lost);
        var outcome = "failed";
        try
        {
            outcome = await RunClaimedAsync(row, owner, handBack, lost.Token);
        }
        catch (Exception ex) when (ex is LeaseLostException || (ex is OperationCanceledException && lost.IsCancellationRequested && !abort.IsCancellationRequested))
        {
            SchedulingLog.LeaseLost(logger, row.Id);
            outcome = "lease_lost";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            outcome = await FailAsync(row, owner, ex);
        }
        finally
        {
            await renewal.StopAsync();
            if (abort.IsCancellationRequested && outcome == "failed")
            {
                await store.ReleaseAsync(row.Id, owner, CancellationToken.None);
                outcome = "handed_back";
            }

            activity?.SetTag("job.outcome", outcome);
            MeetingBotMetrics.JobFinished(kind, outcome, time.GetElapsedTime(started));
        }
    }

    private async Task<string> RunClaimedAsync(ScheduledJobRow row, string owner, CancellationToken handBack, CancellationToken cancellationToken)
    {
        var kind = row.Kind;
        var meeting = kind is JobKind.RenewSubscription or JobKind.RereadRsvps or JobKind.RemindAssignment ? null : await meetings.FindAsync(row.MeetingKey, cancellationToken);
        if (JobRelevance.DropReason(kind, meeting, time.GetUtcNow(), options.Value.RulesFor(row.MeetingKey), requested: row.Request is not null) is { } reason)
        {
            SchedulingLog.JobDropped(logger, row.Id, kind.ToString(), row.MeetingKey, reason);
            await store.FinishAsync(row.Id, owner, JobState.Dropped, reason, time.GetUtcNow(), cancellationToken);
            return "dropped";
        }

        var job = new ScheduledJob(row.Id, kind, row.MeetingKey, row.DueAt, row.Attempts, meeting, row.Request);
        var handler = handlers.For(kind);
        var messages = await handler.PrepareAsync(job, cancellationToken);
        var fanOut = new FanOut(row.Id, owner, kind.ToString(), store, connector, references, time, logger);
        await fanOut.DeliverAsync(messages, options.Value.FanOutConcurrency, handBack, cancellationToken);
        if (!fanOut.HandedBack && (fanOut.Refused.Count == 0 || IsLastAttempt(row)))
        {
            // Read back rather than counted here: an earlier attempt or a crashed holder may have posted some of the copies.
            var sent = (await store.DeliveriesAsync(row.Id, cancellationToken))
                .Where(d => d.State == DeliveryState.Sent).Select(d => d.TargetKey).ToHashSet(StringComparer.Ordinal);
            await fanOut.DeliverAsync(await handler.ReportAsync(job, sent, cancellationToken), options.Value.FanOutConcurrency, handBack, cancellationToken);
        }

        if (fanOut.HandedBack)
        {
            await store.ReleaseAsync(row.Id, owner, CancellationToken.None);
            SchedulingLog.HandedBack(logger, row.Id, kind.ToString(), fanOut.Sent);
            return "handed_back";
        }

        if (fanOut.Refused.Count > 0)
        {
            throw new JobDeliveryException(fanOut.Refused);
        }

        await store.FinishAsync(row.Id, owner, JobState.Done, null, time.GetUtcNow(), cancellationToken);
        SchedulingLog.JobDone(logger, row.Id, kind.ToString(), row.MeetingKey, fanOut.Sent, fanOut.Skipped);
        if (planner.NextRecurring(kind, time.GetUtcNow()) is { } next)
        {
            await store.PlanAsync([next], cancellationToken);
        }

        return "done";
    }

    private async Task<string> FailAsync(ScheduledJobRow row, string owner, Exception exception)
    {
        var kind = row.Kind.ToString();
        var error = exception is JobDeliveryException or ConnectorException ? exception.Message : exception.GetType().Name + ": " + exception.Message;
        if (IsLastAttempt(row))
        {
            SchedulingLog.JobFailed(logger, row.Id, kind, row.Attempts, exception);
            await store.FinishAsync(row.Id, owner, JobState.Failed, error, time.GetUtcNow(), CancellationToken.None);
            return "failed";
        }

        var delay = TimeSpan.FromTicks(Math.Min(MaxRetryDelay.Ticks, options.Value.RetryDelay.Ticks * (1L << Math.Min(row.Attempts - 1, 20))));
        var next = time.GetUtcNow() + delay;
        SchedulingLog.JobRetry(logger, row.Id, kind, row.Attempts, next, exception);
        await store.RetryLaterAsync(row.Id, owner, next, error, CancellationToken.None);
        return "retry";
    }

    private bool IsLastAttempt(ScheduledJobRow row) => row.Attempts >= options.Value.MaxAttempts && !handlers.For(row.Kind).RetriesUntilDone;

    private LeaseRenewal RenewLeaseAsync(long id, string owner, CancellationTokenSource lost) =>
        new(store, id, owner, options.Value.LeaseDuration, time, lost);
}
