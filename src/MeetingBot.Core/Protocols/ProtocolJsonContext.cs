using System.Text.Json;
using System.Text.Json.Serialization;
using MeetingBot.Core.Json;

namespace MeetingBot.Core.Protocols;

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    Converters = [typeof(IsoDateConverter), typeof(ClockTimeConverter)])]
[JsonSerializable(typeof(Protocol))]
internal sealed partial class ProtocolJsonContext : JsonSerializerContext;
