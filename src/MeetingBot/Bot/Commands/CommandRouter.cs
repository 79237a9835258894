using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core;
using MeetingBot.Core.Commands;

namespace MeetingBot.Bot.Commands;

/// <summary>
/// Chat text to action: a recognised command runs after the speaker's role is checked; anything
/// else is a question. Secretariat commands check the roster role of <c>from.aadObjectId</c>.
/// </summary>
internal sealed class CommandRouter(
    SpeakerResolver speakers,
    MeetingFinder finder,
    IEnumerable<IMeetingCommand> meetingCommands,
    MyMeetingsCommand myMeetings,
    CreateSeriesCommand createSeries,
    ScheduleChatCommand schedule,
    UseChannelCommand useChannel,
    SetPlaceCommand setPlace,
    QuestionReply questions)
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var command = ChatCommandParser.Parse(turn.Activity.Text);
        switch (command)
        {
            case null:
                if (!await schedule.TryRunAsync(turn, cancellationToken))
                {
                    await questions.ReplyAsync(turn, cancellationToken);
                }

                return;
            case { Kind: CommandKind.Greeting }:
                await turn.ReplyAsync(BotReplies.Greeting, cancellationToken);
                return;
            case { Kind: CommandKind.Help }:
                await turn.ReplyAsync(BotReplies.Help, cancellationToken);
                return;
        }

        var speaker = await speakers.ResolveAsync(turn, cancellationToken);
        if (speaker is null)
        {
            await turn.ReplyAsync(BotReplies.NotOnRoster, cancellationToken);
            return;
        }

        if (command.IsSecretariatOnly && !speaker.IsSecretariat)
        {
            await turn.ReplyAsync(BotReplies.SecretariatOnly, cancellationToken);
            return;
        }

        try
        {
            await RunAsync(command, speaker, turn, cancellationToken);
        }
        catch (DomainException ex)
        {
            // The rule that refused names the problem; the secretariat reads it instead of a failed turn.
            await turn.ReplyAsync("Det gick inte: " + ex.Message, cancellationToken);
        }
    }

    private async Task RunAsync(ChatCommand command, Speaker speaker, TurnContext turn, CancellationToken cancellationToken)
    {
        switch (command.Kind)
        {
            case CommandKind.MyMeetings:
                await myMeetings.RunAsync(speaker, turn, cancellationToken);
                return;
            case CommandKind.CreateSeries:
                await createSeries.RunAsync(command, turn, cancellationToken);
                return;
            case CommandKind.UseChannel:
                await useChannel.RunAsync(speaker, turn, cancellationToken);
                return;
            case CommandKind.SetPlace:
                await setPlace.RunAsync(command, turn, cancellationToken);
                return;
        }

        if (command.Meeting is null)
        {
            await turn.ReplyAsync(BotReplies.WhichMeeting, cancellationToken);
            return;
        }

        var meeting = await finder.FindAsync(command.Meeting, cancellationToken);
        if (meeting is null)
        {
            await turn.ReplyAsync(BotReplies.NoMeetingOn(command.Meeting.IsNext ? "framöver" : command.Meeting.ToString()), cancellationToken);
            return;
        }

        var handler = meetingCommands.Single(h => h.Kind == command.Kind);
        await handler.RunAsync(command, meeting, speaker, turn, cancellationToken);
    }
}
