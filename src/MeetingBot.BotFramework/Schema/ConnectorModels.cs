using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.BotFramework.Schema;

/// <summary>The id Bot Connector assigns to a sent activity.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}

/// <summary>Body of <c>POST /v3/conversations</c>: a 1:1 chat with a member or a new thread in a channel.</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }

    public ChannelAccount? Bot { get; set; }

    public IList<ChannelAccount>? Members { get; set; }

    public string? TenantId { get; set; }

    public Activity? Activity { get; set; }

    public TeamsChannelData? ChannelData { get; set; }
}

public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }

    public string? ActivityId { get; set; }

    public string? ServiceUrl { get; set; }
}

/// <summary>A conversation member as <c>pagedmembers</c> returns it.</summary>
public sealed class TeamsChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? GivenName { get; set; }

    public string? Surname { get; set; }

    public string? Email { get; set; }

    public string? UserPrincipalName { get; set; }

    public string? UserRole { get; set; }

    public string? TenantId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class PagedMembersResult
{
    public string? ContinuationToken { get; set; }

    public IList<TeamsChannelAccount>? Members { get; set; }
}

/// <summary>Bot Connector's error body: <c>{"error":{"code":…,"message":…}}</c>.</summary>
public sealed class ErrorResponse
{
    public ErrorDetail? Error { get; set; }
}

public sealed class ErrorDetail
{
    public string? Code { get; set; }

    public string? Message { get; set; }
}
