using MeetingBot.Bot.Cards;
using MeetingBot.Core.Cards;
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
        var teamsUserIds = await targets.LearnTeamAsync(cancellationToken);
        var secretariat = await audience.SecretariatAsync(cancellationToken);
        return [.. (await targets.PersonalChatsAsync(secretariat, teamsUserIds, cancellationToken))
            .Select(t => new JobMessage(t.Target, ChatText.Message(t.Member.Language == CardLanguage.English ? English(meeting.Title, date) : text)))];
    }

    private static string English(string title, string date) =>
        $"The agenda for {title}, {date}, is empty. Write \"ändra dagordning {date}\" to add items; it is not posted until it has items.";
}
