using MeetingBot.Bot.Commands;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Commands;
using MeetingBot.Core.Meetings;
using MeetingBot.Justering;

namespace MeetingBot.Bot.Justering;

/// <summary>
/// <c>justering 23 januari</c>: everyone's standing, for the secretariat and the protocol's signatories
/// only, answered in the asker's personal chat (it names who has not answered, and may quote a comment).
/// </summary>
internal sealed class JusteringStatusCommand(JusteringService justering, PrivateReplies replies) : IMeetingCommand
{
    public CommandKind Kind => CommandKind.JusteringStatus;

    public async Task RunAsync(ChatCommand command, Meeting meeting, Speaker speaker, TurnContext turn, CancellationToken cancellationToken)
    {
        var view = await justering.ViewAsync(meeting, cancellationToken);
        if (!speaker.IsSecretariat && !view.Status.IsSignatory(speaker.MemberId))
        {
            await turn.SayAsync(JusteringReplies.NotYours(speaker.Language), cancellationToken);
            return;
        }

        await replies.ReplyAsync(turn, ChatText.Reply(turn, JusteringReplies.Status(view, speaker.Language)), speaker.Language, cancellationToken);
    }
}
