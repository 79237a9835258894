using MeetingBot.Assignments;
using MeetingBot.Bot.Cards;
using MeetingBot.Core.Assignments;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling;

namespace MeetingBot.Bot.Scheduled;

/// <summary>
/// Reminds the secretariat, in their personal chats, of an assignment that falls due in 14 days.
/// Sends nothing when the assignment is gone, done, or now due on another date (a newer job reminds).
/// </summary>
internal sealed class RemindAssignmentJob(AssignmentStore assignments, AgendaAudience audience, ScheduledTargets targets) : IScheduledJobHandler
{
    public JobKind Kind => JobKind.RemindAssignment;

    public async Task<IReadOnlyList<JobMessage>> PrepareAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (!AssignmentReminders.TryParseKey(job.MeetingKey, out var id, out var due))
        {
            return [];
        }

        var tracked = await assignments.FindAsync(id, cancellationToken);
        if (!AssignmentReminders.StillDue(tracked, due))
        {
            return [];
        }

        var teamsUserIds = await targets.LearnTeamAsync(cancellationToken);
        var secretariat = await audience.SecretariatAsync(cancellationToken);
        return [.. (await targets.PersonalChatsAsync(secretariat, teamsUserIds, cancellationToken))
            .Select(t => new JobMessage(t.Target, ChatText.Message(AssignmentReminders.Text(tracked!, t.Member.Language ?? CardLanguage.Swedish))))];
    }
}
