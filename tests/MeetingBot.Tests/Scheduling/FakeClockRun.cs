using MeetingBot.Scheduling;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.Scheduling;

/// <summary>
/// Drives a host's scheduler under a fake clock from one due job to the next, with no real waits:
/// tick, let the test look at what the tick did, move the clock to the earliest pending job, repeat.
/// </summary>
internal static class FakeClockRun
{
    private const int MaxTicks = 500;

    /// <param name="afterTick">Called after each tick with the clock unchanged, so posts can be stamped with the tick's time.</param>
    /// <param name="wake">Where the clock goes instead of the next due time (e.g. the end of a downtime); unset, the due time.</param>
    public static async Task UntilNoJobPendingAsync(
        ScheduledJobRunner runner, IDbContextFactory<MeetingBotDbContext> contexts, FakeTimeProvider clock,
        Func<Task> afterTick, Func<DateTimeOffset, DateTimeOffset>? wake = null)
    {
        for (var ticks = 0; ticks < MaxTicks; ticks++)
        {
            await runner.TickAsync(CancellationToken.None);
            await afterTick();
            if (await NextDueAsync(contexts, clock) is not { } next)
            {
                return;
            }

            clock.AdjustTime(wake?.Invoke(next) ?? next);
        }

        Assert.Fail($"jobs still pending after {MaxTicks} ticks");
    }

    /// <summary>The earliest pending job's claim time; now when it is already due (a retry); null when nothing is pending.</summary>
    private static async Task<DateTimeOffset?> NextDueAsync(IDbContextFactory<MeetingBotDbContext> contexts, TimeProvider clock)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var next = await db.Set<ScheduledJobRow>().Where(j => j.State == JobState.Pending).OrderBy(j => j.NextAttemptAt)
            .Select(j => (DateTimeOffset?)j.NextAttemptAt).FirstOrDefaultAsync();
        return next is { } due && due < clock.GetUtcNow() ? clock.GetUtcNow() : next;
    }
}
