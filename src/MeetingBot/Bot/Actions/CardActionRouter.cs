using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Core;

namespace MeetingBot.Bot.Actions;

/// <summary>
/// Buttons on the bot's cards, pressed as Universal Actions (invokes, answered within Teams' few
/// seconds) or as the Action.Submit fallback (a message, answered with a reply).
/// </summary>
internal sealed class CardActionRouter(SpeakerResolver speakers, IEnumerable<ICardActionHandler> handlers, ILogger<CardActionRouter> logger)
{
    public const string UnknownAction = "Den knappen känner jag inte igen. Be om ett nytt kort.";

    public async Task<InvokeResponse> InvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var press = CardPress.FromInvoke(turn.Activity.Value);
        if (press is null)
        {
            return InvokeResponse.Error(400, "BadRequest", "The action has no verb.");
        }

        var outcome = await HandleAsync(press, turn, cancellationToken);
        return outcome.Card is { } card ? InvokeResponse.Card(CardAttachment.ToJson(card)) : InvokeResponse.Message(outcome.Message ?? string.Empty);
    }

    /// <summary>True when the message was a card submit (and has been answered).</summary>
    public async Task<bool> TrySubmitAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var press = CardPress.FromSubmit(turn.Activity.Value);
        if (press is null)
        {
            return false;
        }

        var outcome = await HandleAsync(press, turn, cancellationToken);
        await turn.ReplyAsync(outcome.Card is { } card ? CardAttachment.Reply(turn, card) : turn.Activity.CreateReply(outcome.Message ?? string.Empty), cancellationToken);
        return true;
    }

    private async Task<CardOutcome> HandleAsync(CardPress press, TurnContext turn, CancellationToken cancellationToken)
    {
        var handler = handlers.FirstOrDefault(h => h.Verbs.Contains(press.Verb));
        if (handler is null)
        {
            return CardOutcome.Say(UnknownAction);
        }

        var presser = await speakers.ResolveAsync(turn, cancellationToken);
        if (presser is null)
        {
            BotLog.UnknownPresser(logger);
        }

        if (handler.SecretariatOnly && presser?.IsSecretariat != true)
        {
            return CardOutcome.Say(presser is null ? BotReplies.NotOnRosterCard : BotReplies.SecretariatOnly);
        }

        try
        {
            return await handler.HandleAsync(press, presser, turn, cancellationToken);
        }
        catch (DomainException ex)
        {
            return CardOutcome.Say("Det gick inte: " + ex.Message);
        }
    }
}
