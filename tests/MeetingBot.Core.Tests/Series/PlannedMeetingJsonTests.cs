using MeetingBot.Core.Series;

namespace MeetingBot.Core.Tests.Series;

public sealed class PlannedMeetingJsonTests
{
    [Fact]
    public void Serialize_WinterMeeting_WritesLocalTimesAndUtcInstantsWithZ()
    {
        var json = PlannedMeetingJson.Serialize([PlannedMeeting.At(new DateOnly(2026, 1, 23), new TimeOnly(8, 30), new TimeOnly(13, 0))]);

        Assert.Equal(
            "[{\"date\":\"2026-01-23\",\"startLocal\":\"08:30\",\"endLocal\":\"13:00\",\"startUtc\":\"2026-01-23T07:30:00Z\",\"endUtc\":\"2026-01-23T12:00:00Z\"}]",
            json);
    }

    [Fact]
    public void Serialize_SummerMeeting_WritesTheSummerOffsetInstant()
    {
        var json = PlannedMeetingJson.Serialize([PlannedMeeting.At(new DateOnly(2026, 4, 17), new TimeOnly(8, 30), new TimeOnly(13, 0))]);

        Assert.Contains("\"startUtc\":\"2026-04-17T06:30:00Z\",\"endUtc\":\"2026-04-17T11:00:00Z\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_NoMeetings_WritesEmptyArray()
    {
        Assert.Equal("[]", PlannedMeetingJson.Serialize([]));
    }
}
