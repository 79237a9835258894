namespace MeetingBot.BotFramework.Schema;

/// <summary>Invoke names Teams sends that the library knows the shape of.</summary>
public static class InvokeNames
{
    /// <summary>Universal Actions: <c>Action.Execute</c> clicks and card refreshes.</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";
}
