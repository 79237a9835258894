using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Commands;

namespace MeetingBot.Bot.Commands;

/// <summary>
/// Chat text to action: a recognised command runs after the speaker's role is checked; anything
/// else is a question. Secretariat commands check the roster role of <c>from.aadObjectId</c>.
/// Replies are in the speaker's chosen language, Swedish for anyone else.
/// </summary>
internal sealed class CommandRouter(
    SpeakerResolver speakers,
    MeetingFinder finder,
    IEnumerable<IMeetingCommand> meetingCommands,
    MyMeetingsCommand myMeetings,
    MyCalendarCommand myCalendar,
    CreateSeriesCommand createSeries,
    ScheduleChatCommand schedule,
    UseChannelCommand useChannel,
    LanguageCommand language,
    SetPlaceCommand setPlace,
    Justering.SignatoriesChatCommand signatories,
    AssignmentsChatCommand assignments,
    QuestionReply questions,
    ILogger<CommandRouter> logger)
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var command = ChatCommandParser.Parse(turn.Activity.Text);
        if (command is null)
        {
            if (!await schedule.TryRunAsync(turn, cancellationToken))
            {
                await questions.ReplyAsync(turn, cancellationToken);
            }

            return;
        }

        if (command.Kind is CommandKind.Greeting or CommandKind.Help)
        {
            // Anyone may ask; a known member gets their language without the bot asking Teams who they are.
            var known = BotReplies.For((await speakers.FindKnownAsync(turn, cancellationToken))?.Language ?? CardLanguage.Swedish);
            await turn.SayAsync(command.Kind == CommandKind.Greeting ? known.Greeting : known.Help, cancellationToken);
            return;
        }

        var speaker = await speakers.ResolveAsync(turn, cancellationToken);
        if (speaker is null)
        {
            await turn.SayAsync(BotReplies.Swedish.NotOnRoster, cancellationToken);
            return;
        }

        if (command.IsSecretariatOnly && !speaker.IsSecretariat)
        {
            await turn.SayAsync(BotReplies.For(speaker.Language).SecretariatOnly, cancellationToken);
            return;
        }

        try
        {
            await RunAsync(command, speaker, turn, cancellationToken);
        }
        catch (Exception ex) when (ChatFailure.Handles(ex))
        {
            await turn.SayAsync(ChatFailure.Text(ex, speaker.Language, logger), cancellationToken);
        }
    }

    private async Task RunAsync(ChatCommand command, Speaker speaker, TurnContext turn, CancellationToken cancellationToken)
    {
        var replies = BotReplies.For(speaker.Language);
        switch (command.Kind)
        {
            case CommandKind.MyMeetings:
                await myMeetings.RunAsync(speaker, turn, cancellationToken);
                return;
            case CommandKind.MyCalendar:
                await myCalendar.RunAsync(speaker, turn, cancellationToken);
                return;
            case CommandKind.CreateSeries:
                await createSeries.RunAsync(command, speaker, turn, cancellationToken);
                return;
            case CommandKind.UseChannel:
                await useChannel.RunAsync(speaker, turn, cancellationToken);
                return;
            case CommandKind.Language:
                await language.RunAsync(command, speaker, turn, cancellationToken);
                return;
            case CommandKind.SetPlace:
                await setPlace.RunAsync(command, speaker, turn, cancellationToken);
                return;
            case CommandKind.SetSignatories:
                await signatories.RunAsync(command, speaker, turn, cancellationToken);
                return;
            case CommandKind.Assignments or CommandKind.AssignmentDone:
                await assignments.RunAsync(command, speaker, turn, cancellationToken);
                return;
        }

        if (command.Meeting is null)
        {
            await turn.SayAsync(replies.WhichMeeting, cancellationToken);
            return;
        }

        var meeting = await finder.FindAsync(command.Meeting, cancellationToken);
        if (meeting is null)
        {
            await turn.SayAsync(replies.NoMeetingOn(command.Meeting.IsNext ? null : command.Meeting.ToString()), cancellationToken);
            return;
        }

        var handler = meetingCommands.Single(h => h.Handles(command.Kind));
        await handler.RunAsync(command, meeting, speaker, turn, cancellationToken);
    }
}
