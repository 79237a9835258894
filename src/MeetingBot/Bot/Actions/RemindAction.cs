using MeetingBot.Bot.Commands;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Scheduling;
using MeetingBot.Meetings;

namespace MeetingBot.Bot.Actions;

/// <summary>"Påminn" on the attendance card: the same request as <c>påminn</c>, answered with a toast; the summary follows in the presser's personal chat.</summary>
internal sealed class RemindAction(MeetingService meetings, DeliveryCommand delivery) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [CardVerbs.Remind];

    public bool SecretariatOnly => true;

    public async Task<CardOutcome> HandleAsync(CardPress press, Speaker? presser, TurnContext turn, CancellationToken cancellationToken)
    {
        var language = presser?.Language ?? CardLanguage.Swedish;
        if (press.MeetingId is not { } meetingId || await meetings.GetAsync(meetingId, cancellationToken) is not { } meeting)
        {
            return CardOutcome.Say(BotReplies.For(language).UnknownMeeting);
        }

        return CardOutcome.Say(await delivery.RequestAsync(JobKind.RemindUnanswered, meeting, language, turn, cancellationToken));
    }
}
