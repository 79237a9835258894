using MeetingBot.Bot.Actions;
using MeetingBot.Bot.Commands;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.Bot;

/// <summary>
/// MeetingBot in Teams: chat text goes to the command router (commands, else questions), card
/// buttons to the card action router, whether pressed as Universal Actions or as the submit fallback.
/// </summary>
internal sealed class MeetingBotHandler(CommandRouter commands, CardActionRouter actions) : ActivityHandler
{
    public override async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!await actions.TrySubmitAsync(turn, cancellationToken))
        {
            await commands.HandleAsync(turn, cancellationToken);
        }
    }

    public override Task<InvokeResponse> OnInvokeAsync(string name, TurnContext turn, CancellationToken cancellationToken) =>
        name == InvokeNames.AdaptiveCardAction
            ? actions.InvokeAsync(turn, cancellationToken)
            : Task.FromResult(new InvokeResponse(501, null));

    public override Task<InvokeResponse?> OnDuplicateInvokeAsync(string name, TurnContext turn, CancellationToken cancellationToken) =>
        name == InvokeNames.AdaptiveCardAction
            ? actions.DuplicateAsync(turn, cancellationToken)
            : Task.FromResult<InvokeResponse?>(null);
}
