using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.BotFramework.Schema;

/// <summary>Source-generated serialization for the wire types: camelCase, nulls omitted as the Connector expects.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
[JsonSerializable(typeof(InvokeError))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(PagedMembersResult))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class BotJsonContext : JsonSerializerContext;
