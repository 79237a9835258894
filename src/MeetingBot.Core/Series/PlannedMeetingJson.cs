using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MeetingBot.Core.Json;

namespace MeetingBot.Core.Series;

/// <summary>
/// The JSON contract of a meeting plan, as <c>series plan --json</c> prints it:
/// <c>[{"date":"2026-01-23","startLocal":"08:30","endLocal":"13:00","startUtc":"2026-01-23T07:30:00Z","endUtc":"2026-01-23T12:00:00Z"}]</c>.
/// </summary>
public static class PlannedMeetingJson
{
    private static readonly JsonSerializerOptions Options =
        WireOptions.Create(PlannedMeetingJsonContext.Default, PlannedMeetingJsonContext.Default.Options);

    private static JsonTypeInfo<IReadOnlyList<PlannedMeeting>> TypeInfo =>
        (JsonTypeInfo<IReadOnlyList<PlannedMeeting>>)Options.GetTypeInfo(typeof(IReadOnlyList<PlannedMeeting>));

    public static string Serialize(IReadOnlyList<PlannedMeeting> meetings) => JsonSerializer.Serialize(meetings, TypeInfo);
}
