namespace MeetingBot.BotFramework.Authentication;

/// <summary>Which issuer vouched for a request (spec §1.1 and §1.2).</summary>
public enum TokenPath
{
    /// <summary>The Bot Framework issuer (or, in Development, the local issuer validated the same way).</summary>
    BotFramework,

    /// <summary>An Entra ID token of the bot's own tenant (single-tenant bots).</summary>
    Entra,
}
