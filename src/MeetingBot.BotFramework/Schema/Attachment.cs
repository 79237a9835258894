using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.BotFramework.Schema;

public sealed class Attachment
{
    public string? ContentType { get; set; }

    public string? ContentUrl { get; set; }

    /// <summary>Kept as raw JSON: an Adaptive Card object, an HTML string, or anything a future client sends.</summary>
    public JsonElement? Content { get; set; }

    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
