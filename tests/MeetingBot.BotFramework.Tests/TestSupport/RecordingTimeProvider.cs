using System.Collections.Concurrent;

namespace MeetingBot.BotFramework.Tests.TestSupport;

/// <summary>Real clock, but every timer fires at once while its requested delay is recorded: retries are checked without waiting them out.</summary>
internal sealed class RecordingTimeProvider : TimeProvider
{
    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            Delays.Enqueue(dueTime);
        }

        return System.CreateTimer(callback, state, dueTime == Timeout.InfiniteTimeSpan ? dueTime : TimeSpan.Zero, period);
    }
}
