using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.BotFramework.Schema;

public sealed class ConversationAccount
{
    /// <summary>Personal <c>a:…</c>, channel <c>19:…@thread.tacv2</c> (with <c>;messageid=…</c> in a thread), group chat <c>19:…@thread.v2</c>.</summary>
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; set; }

    public bool? IsGroup { get; set; }

    public string? TenantId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
