namespace MeetingBot.Core.Cards;

/// <summary>
/// The language of the bot's fixed texts, on cards and in chat. Swedish is the group's language and
/// the default; English only for a member who chose it for themselves ("språk engelska"). The Teams
/// client's locale never decides it: many Swedish officials' clients say en-US.
/// </summary>
public enum CardLanguage
{
    Swedish,
    English,
}
