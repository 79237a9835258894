using MeetingBot.Core.Cards;

namespace MeetingBot.Core;

/// <summary>
/// A text for a person in chat, in each language the bot speaks. Exceptions carry one when their
/// message (written for logs and the command line) should reach a chat user in their own words.
/// </summary>
public sealed record UserMessage(string Swedish, string English)
{
    public string In(CardLanguage language) => language == CardLanguage.English ? English : Swedish;
}
