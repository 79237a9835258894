namespace MeetingBot.BotFramework.Storage;

/// <summary>What makes a delivery a duplicate: the same activity id in the same conversation (spec §6).</summary>
public readonly record struct ActivityKey(string ConversationId, string ActivityId);
