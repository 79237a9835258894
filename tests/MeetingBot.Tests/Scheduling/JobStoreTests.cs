using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling.Storage;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using MeetingBot.Tests.Storage;

namespace MeetingBot.Tests.Scheduling;

public abstract class JobStoreTests<TDatabase> : StorageTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private static readonly JobKind[] Kinds = [JobKind.PostAgenda];

    private JobStore Store => new(Factory, new SqliteWriteGate());

    private DateTimeOffset Now => Clock.GetUtcNow();

    private Task PlanDueNowAsync() => Store.PlanAsync([new PlannedJob(JobKind.PostAgenda, "kdg/2026-01-27", Now)], CancellationToken.None);

    private Task<IReadOnlyList<ScheduledJobRow>> ClaimAsync(string owner) => Store.ClaimAsync(owner, Now, Now + Lease, Kinds, 10, requestedOnly: false, CancellationToken.None);

    [Fact]
    public async Task PlanAsync_SameJobTwice_KeepsOneRow()
    {
        await PlanDueNowAsync();
        await PlanDueNowAsync();

        Assert.Single(await Store.ForMeetingAsync("kdg/2026-01-27", CancellationToken.None));
    }

    [Fact]
    public async Task PlanAsync_MeetingMoved_MovesThePendingJobUnlessMovedByHand()
    {
        await PlanDueNowAsync();
        await Store.PlanAsync([new PlannedJob(JobKind.PostAgenda, "kdg/2026-01-27", Now.AddHours(2))], CancellationToken.None);
        Assert.Equal(Now.AddHours(2), (await Store.ForMeetingAsync("kdg/2026-01-27", CancellationToken.None))[0].DueAt);

        await Store.MoveAsync("kdg/2026-01-27", JobKind.PostAgenda, Now.AddHours(5), CancellationToken.None);
        await Store.PlanAsync([new PlannedJob(JobKind.PostAgenda, "kdg/2026-01-27", Now.AddHours(2))], CancellationToken.None);

        Assert.Equal(Now.AddHours(5), (await Store.ForMeetingAsync("kdg/2026-01-27", CancellationToken.None))[0].DueAt);
    }

    [Fact]
    public async Task PlanRequestedAsync_AskedAgainWhileOneIsPendingOrRunning_PlansNothingUntilItIsDone()
    {
        const string meeting = "kdg/2026-01-27";
        Assert.True(await Store.PlanRequestedAsync(JobKind.PostAgenda, meeting, Now, "{}", CancellationToken.None));
        Assert.False(await Store.PlanRequestedAsync(JobKind.PostAgenda, meeting, Now, "{}", CancellationToken.None));
        Assert.True(await Store.PlanRequestedAsync(JobKind.RemindUnanswered, meeting, Now, "{}", CancellationToken.None));

        var running = Assert.Single(await ClaimAsync("a"));
        Assert.Equal("{}", running.Request);
        Assert.False(await Store.PlanRequestedAsync(JobKind.PostAgenda, meeting, Now, "{}", CancellationToken.None));
        await Store.FinishAsync(running.Id, "a", JobState.Done, null, Now, CancellationToken.None);

        Assert.True(await Store.PlanRequestedAsync(JobKind.PostAgenda, meeting, Now, "{}", CancellationToken.None));
    }

    [Fact]
    public async Task ClaimAsync_RequestedOnly_LeavesThePlannedJobs()
    {
        await PlanDueNowAsync();
        await Store.PlanRequestedAsync(JobKind.PostAgenda, "kdg/2026-02-24", Now, "{}", CancellationToken.None);

        var claimed = await Store.ClaimAsync("a", Now, Now + Lease, Kinds, 10, requestedOnly: true, CancellationToken.None);

        Assert.Equal("kdg/2026-02-24", Assert.Single(claimed).MeetingKey);
    }

    [Fact]
    public async Task ClaimAsync_TwoInstances_OnlyOneGetsTheJob()
    {
        await PlanDueNowAsync();

        var claims = await Task.WhenAll(ClaimAsync("a"), ClaimAsync("b"));

        Assert.Equal(1, claims.Sum(c => c.Count));
    }

    [Fact]
    public async Task ClaimAsync_NotYetDueOrOtherKind_ClaimsNothing()
    {
        await Store.PlanAsync([new PlannedJob(JobKind.PostAgenda, "kdg/2026-01-27", Now.AddSeconds(1)), new PlannedJob(JobKind.OfferDraft, "kdg/2026-01-27", Now)], CancellationToken.None);

        Assert.Empty(await ClaimAsync("a"));
    }

    [Fact]
    public async Task ClaimAsync_CrashedInstanceLeaseExpired_AnotherTakesOver()
    {
        await PlanDueNowAsync();
        var job = (await ClaimAsync("crashed"))[0];
        Assert.Empty(await ClaimAsync("b"));

        Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var taken = Assert.Single(await ClaimAsync("b"));

        Assert.Equal(job.Id, taken.Id);
        Assert.Equal(2, taken.Attempts);
        Assert.False(await Store.RenewLeaseAsync(job.Id, "crashed", Now, Now + Lease, CancellationToken.None));
    }

    [Fact]
    public async Task BeginDeliveryAsync_TakeoverAfterCrashMidSend_NeverSendsTwice()
    {
        await PlanDueNowAsync();
        var job = (await ClaimAsync("crashed"))[0];
        Assert.Equal(DeliveryDecision.Send, await Store.BeginDeliveryAsync(job.Id, "crashed", "conv-1", Now, CancellationToken.None));
        await Store.CompleteDeliveryAsync(job.Id, "conv-1", "conv-1", "1:activity", Now, CancellationToken.None);
        Assert.Equal(DeliveryDecision.Send, await Store.BeginDeliveryAsync(job.Id, "crashed", "conv-2", Now, CancellationToken.None));

        // "crashed" stops here: conv-2 may or may not have been posted.
        Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        Assert.Single(await ClaimAsync("b"));

        Assert.Equal(DeliveryDecision.AlreadySent, await Store.BeginDeliveryAsync(job.Id, "b", "conv-1", Now, CancellationToken.None));
        Assert.Equal(DeliveryDecision.Ambiguous, await Store.BeginDeliveryAsync(job.Id, "b", "conv-2", Now, CancellationToken.None));
        Assert.Equal(DeliveryDecision.Send, await Store.BeginDeliveryAsync(job.Id, "b", "conv-3", Now, CancellationToken.None));
        Assert.Equal(DeliveryDecision.LeaseLost, await Store.BeginDeliveryAsync(job.Id, "crashed", "conv-4", Now, CancellationToken.None));
    }

    [Fact]
    public async Task ReleaseAsync_HandedBackAtShutdown_IsClaimableAtOnceWithoutCountingTheAttempt()
    {
        await PlanDueNowAsync();
        var job = (await ClaimAsync("stopping"))[0];

        Assert.True(await Store.ReleaseAsync(job.Id, "stopping", CancellationToken.None));

        Assert.Equal(1, Assert.Single(await ClaimAsync("b")).Attempts);
    }

    [Fact]
    public async Task FinishAsync_AfterLosingTheLease_ChangesNothing()
    {
        await PlanDueNowAsync();
        var job = (await ClaimAsync("slow"))[0];
        Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        Assert.Single(await ClaimAsync("b"));

        Assert.False(await Store.FinishAsync(job.Id, "slow", JobState.Done, null, Now, CancellationToken.None));
        Assert.Equal(JobState.Running, (await Store.ForMeetingAsync("kdg/2026-01-27", CancellationToken.None))[0].State);
    }
}

public sealed class SqliteJobStoreTests : JobStoreTests<SqliteTestDatabase>;

public sealed class PostgresJobStoreTests : JobStoreTests<PostgresTestDatabase>;
