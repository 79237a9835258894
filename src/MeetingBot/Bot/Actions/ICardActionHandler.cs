using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;

namespace MeetingBot.Bot.Actions;

/// <summary>Handles the verbs it lists. The router has resolved the presser; null when they are not on the roster.</summary>
internal interface ICardActionHandler
{
    IReadOnlyCollection<string> Verbs { get; }

    bool SecretariatOnly { get; }

    Task<CardOutcome> HandleAsync(CardPress press, Speaker? presser, TurnContext turn, CancellationToken cancellationToken);
}
