using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.Core.Json;

/// <summary>A local clock time on the wire: "08:30". Meetings are planned to the minute, so seconds are neither written nor expected.</summary>
public sealed class ClockTimeConverter : JsonConverter<TimeOnly>
{
    private const string Format = "HH:mm";

    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TimeOnly.TryParseExact(reader.GetString(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new JsonException($"expected a time as {Format}");

    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
    }
}
