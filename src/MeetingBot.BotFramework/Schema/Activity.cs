using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.BotFramework.Schema;

/// <summary>
/// A Bot Framework activity. Typed where the bot relies on a field; everything else round-trips
/// through <see cref="ExtensionData"/> because receivers must accept unknown fields (spec A2005).
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ReplyToId { get; set; }

    public string? Text { get; set; }

    public string? TextFormat { get; set; }

    public IList<Attachment>? Attachments { get; set; }

    /// <summary>Card data on Action.Submit messages and invokes; shape depends on the card.</summary>
    public JsonElement? Value { get; set; }

    /// <summary>The invoke name, e.g. <see cref="InvokeNames.AdaptiveCardAction"/>.</summary>
    public string? Name { get; set; }

    public IList<ChannelAccount>? MembersAdded { get; set; }

    public IList<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary>For installationUpdate: one of <see cref="InstallationActions"/>.</summary>
    public string? Action { get; set; }

    public IList<Entity>? Entities { get; set; }

    public TeamsChannelData? ChannelData { get; set; }

    public string? Locale { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The tenant the activity came from: Teams puts it in channelData and, in newer payloads, on the conversation.</summary>
    [JsonIgnore]
    public string? TenantId => ChannelData?.Tenant?.Id ?? Conversation?.TenantId;

    /// <summary>A message addressed back into this activity's conversation, as the bot.</summary>
    public Activity CreateReply(string text) => new()
    {
        Type = ActivityTypes.Message,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId },
        Conversation = Conversation is null ? null : new ConversationAccount { Id = Conversation.Id, ConversationType = Conversation.ConversationType, TenantId = Conversation.TenantId, IsGroup = Conversation.IsGroup },
        ReplyToId = Id,
        Text = text,
    };
}
