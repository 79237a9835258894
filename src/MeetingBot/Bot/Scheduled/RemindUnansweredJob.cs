using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Storage;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling;

namespace MeetingBot.Bot.Scheduled;

/// <summary>
/// The reminder, planned before the meeting or asked for by <c>påminn</c>: a new agenda card in the
/// personal chat of each member without an answer. The new copy replaces the member's older one as the
/// copy kept up to date. When asked for, the asker then hears, in their personal chat only, whom it reached.
/// </summary>
internal sealed class RemindUnansweredJob(ScheduledMeetings meetings, AgendaMessages messages, AgendaAudience audience, ScheduledTargets targets, PostedCardStore posted)
    : IScheduledJobHandler
{
    private const string Summary = "summary";

    public JobKind Kind => JobKind.RemindUnanswered;

    public async Task<IReadOnlyList<JobMessage>> PrepareAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (await meetings.FindAsync(job, cancellationToken) is not { } meeting)
        {
            return [];
        }

        var teamsUserIds = await targets.LearnTeamAsync(cancellationToken);
        var unanswered = await audience.MembersAsync(meeting, AgendaDelivery.Reminder, cancellationToken);
        var message = (await messages.BuildAsync(meeting, AgendaDelivery.Reminder, cancellationToken)).RefreshingAlso(unanswered, teamsUserIds);
        return [.. (await targets.PersonalChatsAsync(unanswered, teamsUserIds, cancellationToken))
            .Select(t => new JobMessage(t.Target, message.Create(t.Member.Language ?? CardLanguage.Swedish), AgendaCopies.Remember(posted, meeting.Id, t.Member.Id)))];
    }

    public async Task<IReadOnlyList<JobMessage>> ReportAsync(ScheduledJob job, IReadOnlySet<string> sent, CancellationToken cancellationToken)
    {
        if (DeliveryRequest.FromJson(job.Request) is not { } request || await meetings.FindAsync(job, cancellationToken) is not { } meeting
            || await targets.AnswerAsync(request, cancellationToken) is not { } asker)
        {
            return [];
        }

        // Those reminded, and those still without an answer whom it did not reach; one who answered since is not named as missed.
        var unanswered = (await audience.MembersAsync(meeting, AgendaDelivery.Reminder, cancellationToken)).Select(m => m.Id).ToHashSet();
        var everyone = await audience.MembersAsync(meeting, AgendaDelivery.Everyone, cancellationToken);
        var posting = AgendaPosting.Of(
            [.. everyone.Where(m => unanswered.Contains(m.Id) || (m.AadObjectId is not null && sent.Contains(PersonalChatTarget.KeyOf(m.AadObjectId))))], sent);
        return [new JobMessage(asker.For(Summary), ChatText.Message(DeliverySummary.Reminder(meeting, posting, request.Language)))];
    }
}
