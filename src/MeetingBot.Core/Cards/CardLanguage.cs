namespace MeetingBot.Core.Cards;

/// <summary>The language of a card's fixed text; Swedish is the product's, English the fallback.</summary>
public enum CardLanguage
{
    Swedish,
    English,
}
