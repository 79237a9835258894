using MeetingBot.Core.Cards;

namespace MeetingBot.Bot.Actions;

/// <summary>What a pressed button answers: a card that replaces the one pressed (for the presser), or a short message.</summary>
internal sealed record CardOutcome(AdaptiveCard? Card, string? Message)
{
    /// <summary>
    /// The card is the presser's own view of an agenda card, which the card's refresh gives again: a re-delivered press
    /// is answered with that view as it then stands, so the card need not be kept for it (<see cref="CardActionRouter"/>).
    /// </summary>
    public bool IsAgendaView { get; private init; }

    public static CardOutcome Show(AdaptiveCard card) => new(card, null);

    public static CardOutcome ShowAgendaView(AdaptiveCard card) => new(card, null) { IsAgendaView = true };

    public static CardOutcome Say(string message) => new(null, message);
}
