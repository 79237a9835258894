using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Core.Cards;

namespace MeetingBot.Bot.Actions;

/// <summary>
/// Buttons on the bot's cards, pressed as Universal Actions (invokes, answered within Teams' few
/// seconds) or as the Action.Submit fallback (a message, answered with a reply).
/// </summary>
internal sealed class CardActionRouter(SpeakerResolver speakers, IEnumerable<ICardActionHandler> handlers, ILogger<CardActionRouter> logger)
{
    public async Task<InvokeResponse> InvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var press = CardPress.FromInvoke(turn.Activity.Value);
        if (press is null)
        {
            return InvokeResponse.Error(400, "BadRequest", "The action has no verb.");
        }

        return Respond(await HandleAsync(press, turn, cancellationToken));
    }

    /// <summary>
    /// A re-delivered press whose answer was kept without its card, which only an agenda view is
    /// (<see cref="CardOutcome.ShowAgendaView"/>): answered with the presser's view of the press's meeting as the
    /// agenda card's refresh gives it now. It holds the first delivery's answer unless a later one replaced it;
    /// nothing is done again.
    /// </summary>
    public async Task<InvokeResponse?> DuplicateAsync(TurnContext turn, CancellationToken cancellationToken) =>
        CardPress.FromInvoke(turn.Activity.Value) is { } press
            ? Respond(await HandleAsync(press with { Verb = CardVerbs.RefreshAgenda }, turn, cancellationToken))
            : null;

    /// <summary>True when the message was a card submit (and has been answered).</summary>
    public async Task<bool> TrySubmitAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var press = CardPress.FromSubmit(turn.Activity.Value);
        if (press is null)
        {
            return false;
        }

        var outcome = await HandleAsync(press, turn, cancellationToken);
        await turn.ReplyAsync(outcome.Card is { } card ? CardAttachment.Reply(turn, card) : ChatText.Reply(turn, outcome.Message ?? string.Empty), cancellationToken);
        return true;
    }

    private static InvokeResponse Respond(CardOutcome outcome) =>
        outcome.Card is { } card
            ? InvokeResponse.Card(CardJson.SerializeToUtf8Bytes(card)) with { Rebuildable = outcome.IsAgendaView }
            : InvokeResponse.Message(outcome.Message ?? string.Empty);

    private async Task<CardOutcome> HandleAsync(CardPress press, TurnContext turn, CancellationToken cancellationToken)
    {
        var handler = handlers.FirstOrDefault(h => h.Verbs.Contains(press.Verb));
        var presser = await speakers.ResolveAsync(turn, cancellationToken);
        var language = presser?.Language ?? CardLanguage.Swedish;
        if (handler is null)
        {
            return CardOutcome.Say(BotReplies.For(language).UnknownAction);
        }

        if (presser is null)
        {
            BotLog.UnknownPresser(logger);
        }

        if (handler.SecretariatOnly && presser?.IsSecretariat != true)
        {
            return CardOutcome.Say(presser is null ? BotReplies.Swedish.NotOnRosterCard : BotReplies.For(language).SecretariatOnly);
        }

        try
        {
            return await handler.HandleAsync(press, presser, turn, cancellationToken);
        }
        catch (Exception ex) when (ChatFailure.Handles(ex))
        {
            // A toast or reply in the presser's language; the exception's own text goes to the log only.
            return CardOutcome.Say(ChatFailure.Text(ex, language, logger));
        }
    }
}
