using System.Text.Json;
using System.Text.Json.Serialization;
using MeetingBot.Core.Json;

namespace MeetingBot.Core.Series;

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    Converters = [typeof(IsoDateConverter), typeof(ClockTimeConverter), typeof(UtcInstantConverter)])]
[JsonSerializable(typeof(IReadOnlyList<PlannedMeeting>))]
internal sealed partial class PlannedMeetingJsonContext : JsonSerializerContext;
