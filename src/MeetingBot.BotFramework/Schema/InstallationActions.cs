namespace MeetingBot.BotFramework.Schema;

/// <summary>Values of <c>action</c> on an installationUpdate activity.</summary>
public static class InstallationActions
{
    public const string Add = "add";
    public const string AddUpgrade = "add-upgrade";
    public const string Remove = "remove";
    public const string RemoveUpgrade = "remove-upgrade";
}
