using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Commands;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Cards;
using MeetingBot.Meetings;

namespace MeetingBot.Bot.Actions;

/// <summary>
/// "Påminn" on the attendance card. A reminder per member takes longer than Teams waits for an
/// invoke, so the reminders go out in the background and the summary follows as a message.
/// </summary>
internal sealed class RemindAction(MeetingService meetings, AgendaPoster poster, BotBackgroundWork background) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [CardVerbs.Remind];

    public bool SecretariatOnly => true;

    public async Task<CardOutcome> HandleAsync(CardPress press, Speaker? presser, TurnContext turn, CancellationToken cancellationToken)
    {
        if (press.MeetingId is not { } meetingId || await meetings.GetAsync(meetingId, cancellationToken) is not { } meeting)
        {
            return CardOutcome.Say(BotReplies.For(presser?.Language ?? CardLanguage.Swedish).UnknownMeeting);
        }

        var language = presser?.Language ?? CardLanguage.Swedish;
        background.Enqueue(async ct =>
        {
            var posting = await poster.PostAsync(meeting, turn, AgendaDelivery.Reminder, ct);
            await turn.Connector.SendAsync(turn.Address, ChatText.Reply(turn, RemindCommand.Summary(meeting, posting, language)), ct);
        });
        return CardOutcome.Say(BotReplies.For(language).Reminding);
    }
}
