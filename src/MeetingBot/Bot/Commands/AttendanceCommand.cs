using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core;
using MeetingBot.Core.Commands;
using MeetingBot.Core.Meetings;
using MeetingBot.Meetings;

namespace MeetingBot.Bot.Commands;

/// <summary><c>närvaro 23 januari</c>: the secretariat's attendance card, comments included, so only in the asker's personal chat.</summary>
internal sealed class AttendanceCommand(SecretariatCards cards, PrivateReplies replies) : IMeetingCommand
{
    public CommandKind Kind => CommandKind.Attendance;

    public async Task RunAsync(ChatCommand command, Meeting meeting, Speaker speaker, TurnContext turn, CancellationToken cancellationToken) =>
        await replies.ReplyAsync(turn, CardAttachment.Reply(turn, await cards.AttendanceAsync(meeting, speaker.Language, cancellationToken)), speaker.Language, cancellationToken);
}
