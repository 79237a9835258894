using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Storage;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling;

namespace MeetingBot.Bot.Scheduled;

/// <summary>
/// The agenda card, as <c>dagordning</c> posts it, to the team channel and each member's personal
/// chat. Every posted copy is remembered so answers update all of them.
/// </summary>
internal sealed class PostAgendaJob(ScheduledMeetings meetings, AgendaMessages messages, AgendaAudience audience, ScheduledTargets targets, PostedCardStore posted)
    : IScheduledJobHandler
{
    public JobKind Kind => JobKind.PostAgenda;

    public async Task<IReadOnlyList<JobMessage>> PrepareAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (await meetings.FindAsync(job, cancellationToken) is not { } meeting)
        {
            return [];
        }

        var message = await messages.BuildAsync(meeting, AgendaDelivery.Everyone, cancellationToken);
        List<JobMessage> result = [];
        if (await targets.ChannelAsync(cancellationToken) is { } channel)
        {
            result.Add(new JobMessage(channel, message.Create(), AgendaCopies.Remember(posted, meeting.Id, null)));
        }

        await targets.LearnTeamAsync(cancellationToken);
        var members = await audience.MembersAsync(meeting, AgendaDelivery.Everyone, cancellationToken);
        foreach (var (member, chat) in await targets.PersonalChatsAsync(members, cancellationToken))
        {
            result.Add(new JobMessage(chat, message.Create(member.Language ?? CardLanguage.Swedish), AgendaCopies.Remember(posted, meeting.Id, member.Id)));
        }

        return result;
    }
}
