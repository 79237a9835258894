using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.BotFramework.Schema;

/// <summary>A user or bot in a conversation: <c>29:…</c> for users, <c>28:&lt;appId&gt;</c> for bots.</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>The Entra object id: the stable identity of a user across bots.</summary>
    public string? AadObjectId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
