using MeetingBot.Bot.Scheduled;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Commands;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling;

namespace MeetingBot.Bot.Commands;

/// <summary>
/// <c>dagordning 23 januari</c>, <c>påminn 23 januari</c> and the "Påminn" button: each plans the job the
/// schedule would run (<see cref="PostAgendaJob"/>, <see cref="RemindUnansweredJob"/>), due now. The
/// scheduler delivers it once per target, across restarts and instances, paced to Teams' limits, and the
/// summary follows when it is done. The asker hears at once that it is on its way, already under way, or why not.
/// </summary>
internal sealed class DeliveryCommand(RequestedJobs jobs, MeetingSource meetings, TimeProvider time) : IMeetingCommand
{
    public CommandKind Kind => CommandKind.PostAgenda;

    public bool Handles(CommandKind kind) => kind is CommandKind.PostAgenda or CommandKind.Remind;

    public async Task RunAsync(ChatCommand command, Meeting meeting, Speaker speaker, TurnContext turn, CancellationToken cancellationToken)
    {
        var kind = command.Kind == CommandKind.Remind ? JobKind.RemindUnanswered : JobKind.PostAgenda;
        await turn.SayAsync(await RequestAsync(kind, meeting, speaker.Language, turn, cancellationToken), cancellationToken);
    }

    /// <returns>The answer for the asker now.</returns>
    public async Task<string> RequestAsync(JobKind kind, Meeting meeting, CardLanguage language, TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var text = DeliveryText.For(language);
        if (await meetings.FindByIdAsync(meeting.Id, cancellationToken) is not { } scheduled || scheduled.Cancelled)
        {
            return text.Cancelled(meeting.Date);
        }

        if (time.GetUtcNow() >= scheduled.StartUtc)
        {
            return text.Started(meeting.Date);
        }

        // The reminder's summary names who has not answered: only the asker may read it.
        var privately = kind == JobKind.RemindUnanswered;
        if (DeliveryRequest.From(turn, language, privately) is not { } request)
        {
            return BotReplies.For(language).CannotAnswerPrivately;
        }

        return await jobs.PlanAsync(kind, scheduled.Key, request.ToJson(), cancellationToken)
            ? text.Planned(kind, meeting.Date, privately && request.AnswerIn is null)
            : text.AlreadyUnderWay(kind, meeting.Date);
    }
}
