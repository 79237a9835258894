using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Storage;

/// <summary>Everything needed to message a conversation later, as last seen on an authenticated activity.</summary>
public sealed record ConversationReference(
    string ConversationId,
    string ServiceUrl,
    string ChannelId,
    string? ConversationType,
    string? TenantId,
    string? BotId,
    string? BotName,
    string? UserId,
    string? UserAadObjectId,
    DateTimeOffset UpdatedAt)
{
    public ConversationAddress Address => new(ServiceUrl, ConversationId, TenantId);

    /// <summary>Null for activities that cannot be answered (no conversation or serviceUrl).</summary>
    public static ConversationReference? FromActivity(Activity activity, DateTimeOffset now) =>
        activity.Conversation?.Id is { } conversationId && activity.ServiceUrl is { } serviceUrl
            ? new ConversationReference(
                conversationId,
                serviceUrl,
                activity.ChannelId ?? "msteams",
                activity.Conversation.ConversationType,
                activity.TenantId,
                activity.Recipient?.Id,
                activity.Recipient?.Name,
                activity.From?.Id,
                activity.From?.AadObjectId,
                now)
            : null;
}
