namespace MeetingBot.Core.Series;

/// <summary>
/// The customer's civil time. Meetings are planned as a local date and time in this zone; an
/// occurrence is the <see cref="DateTimeOffset"/> that local time maps to.
/// </summary>
public static class StockholmTime
{
    public const string IanaId = "Europe/Stockholm";

    /// <summary>The Windows id Exchange and Graph expect for the same zone.</summary>
    public const string WindowsId = "W. Europe Standard Time";

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(IanaId);

    /// <summary>
    /// The instant of a local date and time. Meetings are never planned inside the spring gap or the
    /// autumn overlap (02:00–03:00); if one ever is, the gap moves forward and the overlap takes
    /// the earlier (summer-time) instant, which is what Outlook does.
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = Zone.IsAmbiguousTime(local)
            ? Zone.GetAmbiguousTimeOffsets(local).Max()
            : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}
