using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.BotFramework.Schema;

/// <summary>Teams' <c>channelData</c>: where the activity happened. <c>teamsTeamId</c>/<c>teamsChannelId</c> are deprecated and stay untyped.</summary>
public sealed class TeamsChannelData
{
    public TenantInfo? Tenant { get; set; }

    public TeamInfo? Team { get; set; }

    public ChannelInfo? Channel { get; set; }

    public MeetingInfo? Meeting { get; set; }

    /// <summary>For conversationUpdate: <c>teamMemberAdded</c>, <c>channelCreated</c>, ….</summary>
    public string? EventType { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class TenantInfo
{
    public string? Id { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class TeamInfo
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadGroupId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class ChannelInfo
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class MeetingInfo
{
    public string? Id { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
