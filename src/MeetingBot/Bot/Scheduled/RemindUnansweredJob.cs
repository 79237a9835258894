using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Storage;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling;

namespace MeetingBot.Bot.Scheduled;

/// <summary>
/// The reminder <c>påminn</c> sends: a new agenda card in the personal chat of each member without
/// an answer. The new copy replaces the member's older one as the copy kept up to date.
/// </summary>
internal sealed class RemindUnansweredJob(ScheduledMeetings meetings, AgendaMessages messages, AgendaAudience audience, ScheduledTargets targets, PostedCardStore posted)
    : IScheduledJobHandler
{
    public JobKind Kind => JobKind.RemindUnanswered;

    public async Task<IReadOnlyList<JobMessage>> PrepareAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (await meetings.FindAsync(job, cancellationToken) is not { } meeting)
        {
            return [];
        }

        var message = await messages.BuildAsync(meeting, AgendaDelivery.Reminder, cancellationToken);
        var teamsUserIds = await targets.LearnTeamAsync(cancellationToken);
        var unanswered = await audience.MembersAsync(meeting, AgendaDelivery.Reminder, cancellationToken);
        return [.. (await targets.PersonalChatsAsync(unanswered, teamsUserIds, cancellationToken))
            .Select(t => new JobMessage(t.Target, message.Create(t.Member.Language ?? CardLanguage.Swedish), AgendaCopies.Remember(posted, meeting.Id, t.Member.Id)))];
    }
}
