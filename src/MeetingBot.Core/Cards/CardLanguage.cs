namespace MeetingBot.Core.Cards;

/// <summary>The language of a card's fixed text; Swedish is the product's, English the fallback.</summary>
public enum CardLanguage
{
    Swedish,
    English,
}

public static class CardLanguages
{
    /// <summary>
    /// The language for a Teams client locale ("sv-SE", "en-US"): Swedish for Swedish and when the
    /// locale is unknown, since the group works in Swedish; English for every other language.
    /// </summary>
    public static CardLanguage FromLocale(string? locale) =>
        string.IsNullOrWhiteSpace(locale) || locale.StartsWith("sv", StringComparison.OrdinalIgnoreCase)
            ? CardLanguage.Swedish
            : CardLanguage.English;
}
