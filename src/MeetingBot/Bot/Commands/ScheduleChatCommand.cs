using System.Text.RegularExpressions;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core;
using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling;

namespace MeetingBot.Bot.Commands;

/// <summary>
/// <c>schema 23 januari</c> and <c>flytta påminnelse 23 januari till 20 januari 10:00</c>: the
/// secretariat's view of the schedule. Tried before a message is taken as a question.
/// </summary>
internal sealed partial class ScheduleChatCommand(SpeakerResolver speakers, ScheduleService schedule, ILogger<ScheduleChatCommand> logger)
{
    /// <summary>False when the text is not a schedule command; otherwise the reply has been sent.</summary>
    public async Task<bool> TryRunAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = Mention().Replace(turn.Activity.Text ?? string.Empty, " ").Trim();
        ScheduleCommand? command;
        DomainException? unreadable = null;
        try
        {
            command = ScheduleCommandParser.Parse(text);
        }
        catch (DomainException ex)
        {
            // A "flytta …" that cannot be read is still a schedule command: say how to write it, after the role check.
            command = null;
            unreadable = ex;
        }

        if (command is null && unreadable is null)
        {
            return false;
        }

        var speaker = await speakers.ResolveAsync(turn, cancellationToken);
        if (speaker is null)
        {
            await turn.SayAsync(BotReplies.Swedish.NotOnRoster, cancellationToken);
            return true;
        }

        var replies = BotReplies.For(speaker.Language);
        if (!speaker.IsSecretariat)
        {
            await turn.SayAsync(replies.SecretariatOnly, cancellationToken);
            return true;
        }

        try
        {
            await turn.SayAsync(
                command is null ? unreadable!.User?.In(speaker.Language) ?? replies.Failed : await schedule.HandleAsync(command, speaker.Language, cancellationToken),
                cancellationToken);
        }
        catch (Exception ex) when (ChatFailure.Handles(ex))
        {
            await turn.SayAsync(ChatFailure.Text(ex, speaker.Language, logger), cancellationToken);
        }

        return true;
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();
}
