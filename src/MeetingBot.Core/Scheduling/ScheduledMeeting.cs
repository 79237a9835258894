namespace MeetingBot.Core.Scheduling;

/// <summary>The facts about one meeting that its jobs depend on.</summary>
/// <param name="Key">Identifies the meeting across the app: <c>{series}/{yyyy-MM-dd}</c>, see <see cref="MeetingKey"/>.</param>
public sealed record ScheduledMeeting(string Key, DateOnly Date, TimeOnly StartLocal, TimeOnly EndLocal, bool Cancelled, int AgendaItemCount)
{
    public DateTimeOffset StartUtc => Series.StockholmTime.ToInstant(Date, StartLocal).ToUniversalTime();

    public DateTimeOffset EndUtc => Series.StockholmTime.ToInstant(Date, EndLocal).ToUniversalTime();
}
