namespace MeetingBot.BotFramework.Connector;

/// <summary>Teams rate-limits writes and reads of a conversation separately.</summary>
internal enum ConnectorOperation
{
    Send,
    Read,
}

/// <param name="Conversation">The conversation, or for a new 1:1 conversation the member it is created with.</param>
internal readonly record struct RateLimitKey(string? Tenant, string Conversation, ConnectorOperation Operation);
