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
            return CardOutcome.Say(BotReplies.UnknownMeeting);
        }

        background.Enqueue(async ct =>
        {
            var posting = await poster.PostAsync(meeting, turn, AgendaDelivery.Reminder, ct);
            await turn.Connector.SendAsync(turn.Address, turn.Activity.CreateReply(RemindCommand.Summary(meeting, posting)), ct);
        });
        return CardOutcome.Say("Jag skickar påminnelser till dem som inte har svarat.");
    }
}
