using System.Globalization;
using MeetingBot.Core.Series;
using Microsoft.Graph.Models;

namespace MeetingBot.Calendar.Graph;

/// <summary>
/// Graph's dateTimeTimeZone both ways. Requests carry local wall time in the Windows zone (the SDK's
/// own helper appends an offset); responses come in whatever zone the Prefer header got honoured for.
/// </summary>
internal static class GraphTime
{
    public static DateTimeTimeZone Local(DateOnly date, TimeOnly time) => new()
    {
        DateTime = date.ToDateTime(time).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        TimeZone = StockholmTime.WindowsId,
    };

    public static DateTimeOffset ToInstant(DateTimeTimeZone? value)
    {
        if (value?.DateTime is not { } text || value.TimeZone is not { } zoneId)
        {
            throw new FormatException("Graph returned an event without start or end.");
        }

        var local = DateTime.ParseExact(text, ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
