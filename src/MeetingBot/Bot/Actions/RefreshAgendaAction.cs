using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Cards;
using MeetingBot.Meetings;

namespace MeetingBot.Bot.Actions;

/// <summary>The agenda card's refresh: a roster member's own view; everyone else sees the card everyone sees.</summary>
internal sealed class RefreshAgendaAction(MeetingService meetings, AgendaCards cards) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [CardVerbs.RefreshAgenda];

    public bool SecretariatOnly => false;

    public async Task<CardOutcome> HandleAsync(CardPress press, Speaker? presser, TurnContext turn, CancellationToken cancellationToken)
    {
        if (press.MeetingId is not { } meetingId || await meetings.GetAsync(meetingId, cancellationToken) is not { } meeting)
        {
            return CardOutcome.Say(BotReplies.For(presser?.Language ?? CardLanguage.Swedish).UnknownMeeting);
        }

        return CardOutcome.Show(presser is null
            ? await cards.PublicAsync(meeting, cancellationToken)
            : await cards.ForAsync(meeting, presser, presser.Language, cancellationToken));
    }
}
