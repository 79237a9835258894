namespace MeetingBot.Core.Series;

/// <summary>
/// One meeting of a series as decided: a local date and local times in <see cref="StockholmTime"/>,
/// and the instants they map to (which differ by season: 08:30 is 07:30Z in winter, 06:30Z in summer).
/// </summary>
public sealed record PlannedMeeting(DateOnly Date, TimeOnly StartLocal, TimeOnly EndLocal, DateTimeOffset StartUtc, DateTimeOffset EndUtc)
{
    public static PlannedMeeting At(DateOnly date, TimeOnly startLocal, TimeOnly endLocal) =>
        new(date, startLocal, endLocal,
            StockholmTime.ToInstant(date, startLocal).ToUniversalTime(),
            StockholmTime.ToInstant(date, endLocal).ToUniversalTime());
}
