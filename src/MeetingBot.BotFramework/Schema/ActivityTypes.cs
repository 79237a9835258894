namespace MeetingBot.BotFramework.Schema;

/// <summary>The activity types the bot acts on; any other type is acknowledged and ignored.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
}
