using System.Text.Json;
using System.Text.Json.Serialization;
using MeetingBot.Core.Json;

namespace MeetingBot.Core.Assignments;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, Converters = [typeof(IsoDateConverter)])]
[JsonSerializable(typeof(IReadOnlyList<AssignmentWire>))]
internal sealed partial class AssignmentJsonContext : JsonSerializerContext;
