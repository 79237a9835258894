using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.BotFramework.Schema;

/// <summary>An entity (<c>mention</c>, <c>clientInfo</c>, …); only the mention fields are typed.</summary>
public sealed class Entity
{
    public string? Type { get; set; }

    /// <summary>For mentions: the <c>&lt;at&gt;Name&lt;/at&gt;</c> text as it appears in the message.</summary>
    public string? Text { get; set; }

    public ChannelAccount? Mentioned { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
