namespace MeetingBot.BotFramework.Schema;

/// <summary>Teams' <c>conversation.conversationType</c> values the bot tells apart; compared ordinally, as Teams sends them.</summary>
public static class ConversationTypes
{
    /// <summary>A 1:1 chat between one user and the bot.</summary>
    public const string Personal = "personal";

    /// <summary>A thread in a team's channel.</summary>
    public const string Channel = "channel";

    public const string GroupChat = "groupChat";
}
