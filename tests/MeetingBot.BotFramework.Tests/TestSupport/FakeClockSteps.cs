using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.BotFramework.Tests.TestSupport;

/// <summary>Moving a fake clock until a waiter finishes.</summary>
internal static class FakeClockSteps
{
    /// <summary>
    /// Advances <paramref name="time"/> in half-second steps until <paramref name="task"/> completes.
    /// One big step can land between a woken waiter reading the clock and starting its timer, and then
    /// nothing moves the clock again; small steps keep moving it, as real time would.
    /// </summary>
    public static async Task<T> AdvanceUntilDoneAsync<T>(this FakeTimeProvider time, Task<T> task)
    {
        for (var step = 0; step < 200 && !task.IsCompleted; step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Delay(10);
        }

        return await task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
