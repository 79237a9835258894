using MeetingBot.Core.Cards;

namespace MeetingBot.Bot.Actions;

/// <summary>What a pressed button answers: a card that replaces the one pressed (for the presser), or a short message.</summary>
internal sealed record CardOutcome(AdaptiveCard? Card, string? Message)
{
    public static CardOutcome Show(AdaptiveCard card) => new(card, null);

    public static CardOutcome Say(string message) => new(null, message);
}
