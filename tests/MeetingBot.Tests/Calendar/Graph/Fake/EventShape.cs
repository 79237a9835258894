using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MeetingBot.Tests.Calendar.Graph.Fake;

/// <summary>The documented create-event body (reference §1), field by field.</summary>
internal static partial class EventShape
{
    public static List<string> CheckCreate(JsonObject body)
    {
        List<string?> problems =
        [
            Is(body, "@odata.type", "#microsoft.graph.event"),
            body["subject"]?.GetValue<string>() is { Length: > 0 } ? null : "subject missing",
            body["body"]?["contentType"]?.GetValue<string>() == "html" && body["body"]?["content"] is not null ? null : "body must be html content",
            CheckTime(body, "start"),
            CheckTime(body, "end"),
            body["location"]?["displayName"] is not null ? null : "location.displayName missing",
            body["attendees"] is JsonArray { Count: > 0 and <= 500 } attendees
                && attendees.All(a => a!["type"]?.GetValue<string>() == "required" && a["emailAddress"]?["address"] is not null)
                ? null : "attendees must be 1–500 required attendees with an address",
            Is(body, "isOnlineMeeting", true),
            Is(body, "onlineMeetingProvider", "teamsForBusiness"),
            Is(body, "allowNewTimeProposals", false),
            CheckTag(body),
            body["transactionId"]?.GetValue<string>() is { Length: > 0 } ? null : "transactionId missing",
            body.ContainsKey("recurrence") ? "single events only, no recurrence" : null,
        ];
        return [.. problems.OfType<string>()];
    }

    /// <summary>Local wall time without offset, in the Windows zone id (not the IANA one Graph may reject).</summary>
    public static string? CheckTime(JsonObject body, string field) =>
        body[field] is JsonObject t
        && LocalTime().IsMatch(t["dateTime"]?.GetValue<string>() ?? "")
        && t["timeZone"]?.GetValue<string>() == "W. Europe Standard Time"
            ? null
            : $"{field} must be {{dateTime:'yyyy-MM-ddTHH:mm:ss', timeZone:'W. Europe Standard Time'}}, was {body[field]?.ToJsonString()}";

    private static string? CheckTag(JsonObject body) =>
        body["singleValueExtendedProperties"] is JsonArray { Count: 1 } properties
        && properties[0] is JsonObject p
        && PropertyId().IsMatch(p["id"]?.GetValue<string>() ?? "") && p["value"] is not null
            ? null : "singleValueExtendedProperties must hold one 'String {GUID} Name X' property";

    private static string? Is<T>(JsonObject body, string field, T expected) =>
        body[field] is JsonValue v && v.TryGetValue<T>(out var actual) && EqualityComparer<T>.Default.Equals(actual, expected)
            ? null : $"{field} must be {expected}, was {body[field]?.ToJsonString() ?? "absent"}";

    [GeneratedRegex("^String \\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\} Name \\w+$")]
    private static partial Regex PropertyId();

    [GeneratedRegex("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$")]
    private static partial Regex LocalTime();
}
