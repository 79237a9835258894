namespace MeetingBot.Core.Scheduling;

/// <summary>
/// Jobs that are not tied to a meeting and repeat: one job per slot of the interval, keyed by the
/// slot's start, so every instance planning "the next one" plans the same row.
/// </summary>
public static class RecurringJobs
{
    public const string Key = "recurring";

    public static PlannedJob Next(JobKind kind, DateTimeOffset after, TimeSpan interval)
    {
        if (interval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "The interval must be positive.");
        }

        var ticks = after.UtcTicks / interval.Ticks * interval.Ticks + interval.Ticks;
        var due = new DateTimeOffset(ticks, TimeSpan.Zero);
        return new PlannedJob(kind, $"{Key}@{due:yyyy-MM-ddTHH:mm:ssZ}", due);
    }
}
