using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Storage;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling;
using MeetingBot.Storage.Rows;

namespace MeetingBot.Bot.Scheduled;

/// <summary>
/// The agenda card to the team channel and each member's personal chat, planned before the meeting or
/// asked for by <c>dagordning</c>. Every posted copy is remembered so answers update all of them, and a
/// copy already out is updated in place rather than posted again, so a second post never spams anyone.
/// The summary then goes where <c>dagordning</c> was typed, or for the planned post to the secretariat,
/// so it knows whom to reach another way.
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

        var teamsUserIds = await targets.LearnTeamAsync(cancellationToken);
        var members = await audience.MembersAsync(meeting, AgendaDelivery.Everyone, cancellationToken);
        var message = (await messages.BuildAsync(meeting, AgendaDelivery.Everyone, cancellationToken)).RefreshingAlso(members, teamsUserIds);
        var copies = (await posted.ListAsync(meeting.Id, PostedCardKinds.Agenda, cancellationToken)).ToDictionary(c => c.Address.ConversationId, StringComparer.Ordinal);
        List<JobMessage> result = [];
        if (await targets.ChannelAsync(cancellationToken) is { } channel)
        {
            result.Add(new JobMessage(channel, message.Create(), AgendaCopies.Remember(posted, meeting.Id, null), Copy(copies, channel.Reference.ConversationId)));
        }

        foreach (var (member, chat) in await targets.PersonalChatsAsync(members, teamsUserIds, cancellationToken))
        {
            result.Add(new JobMessage(
                chat, message.Create(member.Language ?? CardLanguage.Swedish), AgendaCopies.Remember(posted, meeting.Id, member.Id), Copy(copies, chat.ConversationId)));
        }

        return result;
    }

    public async Task<IReadOnlyList<JobMessage>> ReportAsync(ScheduledJob job, IReadOnlySet<string> sent, CancellationToken cancellationToken)
    {
        if (await meetings.FindAsync(job, cancellationToken) is not { } meeting)
        {
            return [];
        }

        // The same audience as the fan-out.
        var channel = await targets.ChannelAsync(cancellationToken);
        var posting = AgendaPosting.Of(await audience.MembersAsync(meeting, AgendaDelivery.Everyone, cancellationToken), sent, channel);
        if (DeliveryRequest.FromJson(job.Request) is { } request)
        {
            return await targets.AnswerAsync(request, cancellationToken) is { } asker
                ? [new JobMessage(asker.For(Summary), ChatText.Message(DeliverySummary.Agenda(meeting, posting, request.Language)))]
                : [];
        }

        var teamsUserIds = await targets.LearnTeamAsync(cancellationToken);
        var secretariat = await audience.SecretariatAsync(cancellationToken);
        return [.. (await targets.PersonalChatsAsync(secretariat, teamsUserIds, cancellationToken))
            .Select(t => new JobMessage(t.Target.For(Summary), ChatText.Message(DeliverySummary.Agenda(meeting, posting, t.Member.Language ?? CardLanguage.Swedish))))];
    }

    private static DeliveredMessage? Copy(Dictionary<string, PostedCard> copies, string? conversationId) =>
        conversationId is not null && copies.TryGetValue(conversationId, out var copy) ? new DeliveredMessage(copy.Address, copy.ActivityId) : null;
}
