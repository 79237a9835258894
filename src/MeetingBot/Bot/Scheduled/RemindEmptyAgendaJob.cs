using MeetingBot.Bot.Cards;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Core.Scheduling;
using MeetingBot.Core.Text;
using MeetingBot.Scheduling;

namespace MeetingBot.Bot.Scheduled;

/// <summary>A note to the secretariat that a meeting's agenda is still empty, so the scheduled agenda post has something to send.</summary>
internal sealed class RemindEmptyAgendaJob(ScheduledMeetings meetings, AgendaAudience audience, ScheduledTargets targets) : IScheduledJobHandler
{
    public JobKind Kind => JobKind.RemindEmptyAgenda;

    public async Task<IReadOnlyList<JobMessage>> PrepareAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (await meetings.FindAsync(job, cancellationToken) is not { } meeting || meeting.Agenda.Count > 0)
        {
            return [];
        }

        var date = SwedishDate.Format(meeting.Date);
        var text = $"Dagordningen för {meeting.Title}, {date}, är tom. Skriv \"ändra dagordning {date}\" för att lägga till punkter; den postas inte förrän den har punkter.";
        await targets.LearnTeamAsync(cancellationToken);
        var secretariat = await audience.SecretariatAsync(cancellationToken);
        return [.. (await targets.PersonalChatsAsync(secretariat, cancellationToken))
            .Select(t => new JobMessage(t.Target, new Activity { Type = ActivityTypes.Message, Text = text }))];
    }
}
