using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Commands;
using MeetingBot.Bot.Storage;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling;

namespace MeetingBot.Bot.Scheduled;

/// <summary>
/// The agenda card, as <c>dagordning</c> posts it, to the team channel and each member's personal
/// chat. Every posted copy is remembered so answers update all of them. The secretariat then gets the
/// summary <c>dagordning</c> answers with, so it knows whom to reach another way.
/// </summary>
internal sealed class PostAgendaJob(ScheduledMeetings meetings, AgendaMessages messages, AgendaAudience audience, ScheduledTargets targets, PostedCardStore posted)
    : IScheduledJobHandler
{
    private const string Summary = "summary";

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

        var teamsUserIds = await targets.LearnTeamAsync(cancellationToken);
        var members = await audience.MembersAsync(meeting, AgendaDelivery.Everyone, cancellationToken);
        foreach (var (member, chat) in await targets.PersonalChatsAsync(members, teamsUserIds, cancellationToken))
        {
            result.Add(new JobMessage(chat, message.Create(member.Language ?? CardLanguage.Swedish), AgendaCopies.Remember(posted, meeting.Id, member.Id)));
        }

        return result;
    }

    public async Task<IReadOnlyList<JobMessage>> ReportAsync(ScheduledJob job, IReadOnlySet<string> sent, CancellationToken cancellationToken)
    {
        if (await meetings.FindAsync(job, cancellationToken) is not { } meeting)
        {
            return [];
        }

        // The same audience as the fan-out; a member without an Entra id was never a target and counts as not reached.
        var channel = await targets.ChannelAsync(cancellationToken);
        var members = await audience.MembersAsync(meeting, AgendaDelivery.Everyone, cancellationToken);
        var reached = members.Where(m => m.AadObjectId is not null && sent.Contains(PersonalChatTarget.KeyOf(m.AadObjectId))).ToHashSet();
        var inChannel = channel is not null && sent.Contains(channel.Key);
        var posting = new AgendaPosting(
            inChannel, [.. members.Where(reached.Contains).Select(m => m.Name)], [.. members.Where(m => !reached.Contains(m)).Select(m => m.Name)],
            ChannelFailed: channel is not null && !inChannel);

        var teamsUserIds = await targets.LearnTeamAsync(cancellationToken);
        var secretariat = await audience.SecretariatAsync(cancellationToken);
        return [.. (await targets.PersonalChatsAsync(secretariat, teamsUserIds, cancellationToken))
            .Select(t => new JobMessage(t.Target.For(Summary), ChatText.Message(PostAgendaCommand.Summary(meeting, posting, t.Member.Language ?? CardLanguage.Swedish))))];
    }
}
