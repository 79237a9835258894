using MeetingBot.Core.Series;

namespace MeetingBot.Playground;

/// <summary>
/// The host's clock when <c>Playground:Today</c> is set (Development only): the real time of day,
/// on that date. The sample's meetings are the 2026 series; once a meeting has passed in reality its
/// answers are refused, so trying the agenda and attendance flow needs a date before it. Everything
/// that reads the host's <see cref="TimeProvider"/> moves together, tokens included; timers are the
/// system's.
/// </summary>
internal sealed class PlaygroundClock(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + offset;

    public static PlaygroundClock On(DateOnly today)
    {
        var realToday = DateOnly.FromDateTime(StockholmTime.ToLocal(TimeProvider.System.GetUtcNow()).DateTime);
        return new PlaygroundClock(TimeSpan.FromDays(today.DayNumber - realToday.DayNumber));
    }
}
