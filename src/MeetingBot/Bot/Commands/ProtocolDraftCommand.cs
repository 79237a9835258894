using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Commands;
using MeetingBot.Core.Meetings;

namespace MeetingBot.Bot.Commands;

/// <summary>
/// <c>protokollutkast 23 januari</c>: the draft as it stands, with forms for the decisions. Its buttons
/// give download links, so it goes only to the asker's personal chat.
/// </summary>
internal sealed class ProtocolDraftCommand(SecretariatCards cards, PrivateReplies replies) : IMeetingCommand
{
    public CommandKind Kind => CommandKind.ProtocolDraft;

    public async Task RunAsync(ChatCommand command, Meeting meeting, Speaker speaker, TurnContext turn, CancellationToken cancellationToken) =>
        await replies.ReplyAsync(turn, CardAttachment.Reply(turn, await cards.DraftAsync(meeting.Id, speaker.Language, cancellationToken)), speaker.Language, cancellationToken);
}
