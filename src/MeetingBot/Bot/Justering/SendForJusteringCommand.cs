using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Commands;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Commands;
using MeetingBot.Core.Justering;
using MeetingBot.Core.Meetings;
using MeetingBot.Justering;
using MeetingBot.Justering.Storage;

namespace MeetingBot.Bot.Justering;

/// <summary>
/// <c>skicka för justering 23 januari</c>: the finalised protocol's PDF to each signatory's personal chat,
/// as a card to approve or ask for a change on. After a change of the protocol it is a new version, sent
/// to all; unchanged, it goes again only to those who have not approved. Plans the reminder of the version.
/// </summary>
internal sealed class SendForJusteringCommand(JusteringService justering, JusteringStore store, JusteringCards cards, MemberChats chats, JusteringReminders reminders)
    : IMeetingCommand
{
    public CommandKind Kind => CommandKind.SendForJustering;

    public async Task RunAsync(ChatCommand command, Meeting meeting, Speaker speaker, TurnContext turn, CancellationToken cancellationToken)
    {
        var (view, isNew) = await justering.PrepareSendAsync(meeting, cancellationToken);
        var to = view.Status.States.Where(s => isNew || s.Standing != SignatoryStanding.Approved).Select(s => s.Signatory.MemberId).ToList();
        var members = await store.MembersAsync(to, cancellationToken);
        var refresh = await chats.TeamsUserIdsAsync(await store.MembersAsync([.. view.Status.Signatories.Select(s => s.MemberId)], cancellationToken), cancellationToken);
        var (reached, notReached) = await chats.SendAsync(turn.Connector, turn.Activity, members, member =>
        {
            var language = member.Language ?? CardLanguage.Swedish;
            return CardAttachment.Message(cards.ForSignatory(meeting, view, member.Id, refresh, language), JusteringTexts.For(language).Intro);
        }, cancellationToken);
        await reminders.PlanAsync(meeting, view.Version!, cancellationToken);
        await turn.SayAsync(JusteringReplies.Sent(view, isNew, reached, notReached, speaker.Language), cancellationToken);
    }
}
