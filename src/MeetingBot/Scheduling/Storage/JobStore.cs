using MeetingBot.Core.Scheduling;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Scheduling.Storage;

/// <summary>
/// Jobs and their deliveries in the app's database. Every state change is a conditional update on the
/// lease (owner and expiry), so an instance whose lease expired can no longer change a job another
/// instance has taken over. Claims use <c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL, so instances
/// polling at once take different jobs instead of queueing on the same rows; SQLite serialises writers
/// and runs as a single instance, so the same UPDATE without the locking clause is enough there.
/// </summary>
internal sealed class JobStore(IDbContextFactory<MeetingBotDbContext> contexts, SqliteWriteGate writes)
{
    private const int MaxErrorLength = 2000;

    /// <summary>Inserts jobs not yet planned (by unique key) and moves pending ones whose meeting moved, unless moved by hand.</summary>
    public async Task PlanAsync(IEnumerable<PlannedJob> jobs, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var job in jobs)
        {
            var due = StoredInstantConverter.Text(job.DueUtc);
            var kind = job.Kind.ToString();
            var inserted = await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "ScheduledJobs" ("Kind", "MeetingKey", "UniqueKey", "DueAt", "NextAttemptAt", "State", "Attempts", "MovedManually") VALUES ({kind}, {job.MeetingKey}, {job.UniqueKey}, {due}, {due}, 'pending', 0, FALSE) ON CONFLICT ("UniqueKey") DO NOTHING""",
                cancellationToken);
            if (inserted == 0)
            {
                await db.Database.ExecuteSqlAsync(
                    $"""UPDATE "ScheduledJobs" SET "DueAt" = {due}, "NextAttemptAt" = {due} WHERE "UniqueKey" = {job.UniqueKey} AND "State" = 'pending' AND "Attempts" = 0 AND NOT "MovedManually" AND "DueAt" <> {due}""",
                    cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Plans a job someone asked for, due at <paramref name="due"/> under a key of its own, so it runs
    /// however often it is asked for; false when one of the kind for the meeting is still pending or
    /// running (the filtered unique index, not a check before the insert, decides).
    /// </summary>
    public async Task<bool> PlanRequestedAsync(JobKind kind, string meetingKey, DateTimeOffset due, string request, CancellationToken cancellationToken)
    {
        if (request.Length > ScheduledJobRowConfiguration.RequestMaxLength)
        {
            throw new ArgumentException($"A job request is at most {ScheduledJobRowConfiguration.RequestMaxLength} characters; this one has {request.Length}.", nameof(request));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writes.EnterAsync(db, cancellationToken);
        var at = StoredInstantConverter.Text(due);
        var kindName = kind.ToString();
        var key = $"{kindName}:{meetingKey}:requested:{Guid.NewGuid():N}";
        return await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "ScheduledJobs" ("Kind", "MeetingKey", "UniqueKey", "DueAt", "NextAttemptAt", "State", "Attempts", "MovedManually", "Request") VALUES ({kindName}, {meetingKey}, {key}, {at}, {at}, 'pending', 0, FALSE, {request}) ON CONFLICT DO NOTHING""",
            cancellationToken) == 1;
    }

    /// <summary>Takes up to <paramref name="max"/> due jobs of the given kinds: pending ones whose time has come and running ones whose lease expired.</summary>
    /// <param name="requestedOnly">Only jobs someone asked for: an instance that runs no schedule still delivers those.</param>
    public async Task<IReadOnlyList<ScheduledJobRow>> ClaimAsync(
        string owner, DateTimeOffset now, DateTimeOffset leaseUntil, IReadOnlyCollection<JobKind> kinds, int max, bool requestedOnly, CancellationToken cancellationToken)
    {
        if (kinds.Count == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writes.EnterAsync(db, cancellationToken);
        var nowText = StoredInstantConverter.Text(now);
        var until = StoredInstantConverter.Text(leaseUntil);

        // Kind names come from the enum, never from input, so they can be spliced into the SQL.
        var kindList = string.Join(", ", kinds.Select(k => $"'{k}'"));

        // The provider's context type, not IsNpgsql(), which would load the PostgreSQL provider on SQLite too.
        var locking = db is PostgresMeetingBotDbContext ? "FOR UPDATE SKIP LOCKED" : string.Empty;
        var requested = requestedOnly ? """AND "Request" IS NOT NULL""" : string.Empty;
#pragma warning disable EF1002 // Only enum names and the fixed locking clause are interpolated; values are parameters.
        var ids = await db.Database.SqlQueryRaw<long>(
            $$"""
            UPDATE "ScheduledJobs" SET "State" = 'running', "LeaseOwner" = {0}, "LeaseExpiresAt" = {1}, "Attempts" = "Attempts" + 1
            WHERE "Id" IN (
                SELECT "Id" FROM "ScheduledJobs"
                WHERE "Kind" IN ({{kindList}}) {{requested}}
                  AND (("State" = 'pending' AND "NextAttemptAt" <= {2}) OR ("State" = 'running' AND "LeaseExpiresAt" <= {2}))
                ORDER BY "NextAttemptAt"
                LIMIT {3}
                {{locking}})
            RETURNING "Id" AS "Value"
            """,
            owner, until, nowText, max).ToListAsync(cancellationToken);
#pragma warning restore EF1002
        return ids.Count == 0
            ? []
            : await db.Set<ScheduledJobRow>().AsNoTracking().Where(j => ids.Contains(j.Id)).OrderBy(j => j.NextAttemptAt).ToListAsync(cancellationToken);
    }

    /// <summary>Extends our lease; false when it is no longer ours (expired and taken over, or finished).</summary>
    public async Task<bool> RenewLeaseAsync(long id, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writes.EnterAsync(db, cancellationToken);
        return await Held(db, id, owner, now).ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseExpiresAt, until), cancellationToken) == 1;
    }

    /// <summary>Ends the job in <paramref name="state"/> if we still hold it.</summary>
    public async Task<bool> FinishAsync(long id, string owner, JobState state, string? error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var message = Truncate(error);
        return await Owned(db, id, owner).ExecuteUpdateAsync(
            s => s.SetProperty(j => j.State, state).SetProperty(j => j.LastError, message).SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null),
            cancellationToken) == 1;
    }

    /// <summary>Back to pending for another attempt at <paramref name="nextAttempt"/>.</summary>
    public async Task<bool> RetryLaterAsync(long id, string owner, DateTimeOffset nextAttempt, string error, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var message = Truncate(error);
        return await Owned(db, id, owner).ExecuteUpdateAsync(
            s => s.SetProperty(j => j.State, JobState.Pending).SetProperty(j => j.NextAttemptAt, nextAttempt).SetProperty(j => j.LastError, message)
                .SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null),
            cancellationToken) == 1;
    }

    /// <summary>Hands the job back at shutdown: pending and due at once for any instance, the attempt not counted.</summary>
    public async Task<bool> ReleaseAsync(long id, string owner, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Owned(db, id, owner).ExecuteUpdateAsync(
            s => s.SetProperty(j => j.State, JobState.Pending).SetProperty(j => j.Attempts, j => j.Attempts - 1)
                .SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null),
            cancellationToken) == 1;
    }

    /// <summary>
    /// Decides one target of a fan-out in a single transaction: the lease check locks the job row
    /// (PostgreSQL) so no takeover can interleave, and the delivery row is inserted as 'sending' before
    /// the POST goes out. The row, not the POST, is what a takeover sees.
    /// </summary>
    public async Task<DeliveryDecision> BeginDeliveryAsync(long jobId, string owner, string targetKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writes.EnterAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var nowText = StoredInstantConverter.Text(now);
        var held = await db.Database.ExecuteSqlAsync(
            $"""UPDATE "ScheduledJobs" SET "LeaseOwner" = "LeaseOwner" WHERE "Id" = {jobId} AND "LeaseOwner" = {owner} AND "State" = 'running' AND "LeaseExpiresAt" > {nowText}""",
            cancellationToken);
        if (held != 1)
        {
            return DeliveryDecision.LeaseLost;
        }

        var inserted = await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "JobDeliveries" ("JobId", "TargetKey", "State", "SentBy", "UpdatedAt") VALUES ({jobId}, {targetKey}, 'sending', {owner}, {nowText}) ON CONFLICT DO NOTHING""",
            cancellationToken);
        DeliveryDecision decision;
        if (inserted == 1)
        {
            decision = DeliveryDecision.Send;
        }
        else
        {
            var state = await db.Set<JobDeliveryRow>().Where(d => d.JobId == jobId && d.TargetKey == targetKey).Select(d => d.State).SingleAsync(cancellationToken);
            decision = state == DeliveryState.Sent ? DeliveryDecision.AlreadySent : DeliveryDecision.Ambiguous;
        }

        await transaction.CommitAsync(cancellationToken);
        return decision;
    }

    /// <summary>Confirms a delivery with the activity id Teams returned.</summary>
    public async Task CompleteDeliveryAsync(long jobId, string targetKey, string? conversationId, string? activityId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writes.EnterAsync(db, cancellationToken);
        await Delivery(db, jobId, targetKey).ExecuteUpdateAsync(
            s => s.SetProperty(d => d.State, DeliveryState.Sent).SetProperty(d => d.ConversationId, conversationId)
                .SetProperty(d => d.ActivityId, activityId).SetProperty(d => d.UpdatedAt, now),
            cancellationToken);
    }

    /// <summary>Forgets a delivery Teams refused outright (a 4xx, nothing posted), so the job's retry may try it again.</summary>
    public async Task ForgetDeliveryAsync(long jobId, string targetKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using var turn = await writes.EnterAsync(db, cancellationToken);
        await Delivery(db, jobId, targetKey).Where(d => d.State == DeliveryState.Sending).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<JobDeliveryRow>> DeliveriesAsync(long jobId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<JobDeliveryRow>().AsNoTracking().Where(d => d.JobId == jobId).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ScheduledJobRow>> ForMeetingAsync(string meetingKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<ScheduledJobRow>().AsNoTracking().Where(j => j.MeetingKey == meetingKey).OrderBy(j => j.DueAt).ToListAsync(cancellationToken);
    }

    /// <summary>Moves a pending planned job (one asked for is due at once and not moved); false when there is none of that kind for the meeting or it has already started.</summary>
    public async Task<bool> MoveAsync(string meetingKey, JobKind kind, DateTimeOffset due, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<ScheduledJobRow>()
            .Where(j => j.MeetingKey == meetingKey && j.Kind == kind && j.State == JobState.Pending && j.Request == null)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.DueAt, due).SetProperty(j => j.NextAttemptAt, due).SetProperty(j => j.MovedManually, true), cancellationToken) > 0;
    }

    private static IQueryable<ScheduledJobRow> Owned(MeetingBotDbContext db, long id, string owner) =>
        db.Set<ScheduledJobRow>().Where(j => j.Id == id && j.LeaseOwner == owner && j.State == JobState.Running);

    private static IQueryable<ScheduledJobRow> Held(MeetingBotDbContext db, long id, string owner, DateTimeOffset now) =>
        Owned(db, id, owner).Where(j => j.LeaseExpiresAt > now);

    private static IQueryable<JobDeliveryRow> Delivery(MeetingBotDbContext db, long jobId, string targetKey) =>
        db.Set<JobDeliveryRow>().Where(d => d.JobId == jobId && d.TargetKey == targetKey);

    private static string? Truncate(string? error) => error is { Length: > MaxErrorLength } ? error[..MaxErrorLength] : error;
}
