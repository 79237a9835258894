namespace MeetingBot.BotFramework.Connector;

/// <summary>Where a conversation lives: its Connector serviceUrl, its id, and its tenant (for rate limiting).</summary>
public sealed record ConversationAddress(string ServiceUrl, string ConversationId, string? TenantId);
