using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Commands;
using MeetingBot.Core.Meetings;

namespace MeetingBot.Bot.Commands;

/// <summary><c>protokollutkast 23 januari</c>: the draft as it stands, with forms for the decisions.</summary>
internal sealed class ProtocolDraftCommand(SecretariatCards cards) : IMeetingCommand
{
    public CommandKind Kind => CommandKind.ProtocolDraft;

    public async Task RunAsync(ChatCommand command, Meeting meeting, Speaker speaker, TurnContext turn, CancellationToken cancellationToken) =>
        await turn.ReplyAsync(CardAttachment.Reply(turn, await cards.DraftAsync(meeting.Id, speaker.Language, cancellationToken)), cancellationToken);
}
