using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Scheduled;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Justering;
using MeetingBot.Core.Scheduling;
using MeetingBot.Justering;
using MeetingBot.Justering.Storage;
using MeetingBot.Meetings;
using MeetingBot.Scheduling;

namespace MeetingBot.Bot.Justering;

/// <summary>
/// The reminder of one justering version: the card again, in the personal chat of each signatory who
/// has not answered it. Nothing when the protocol is justerat or the version is no longer current (the
/// newer version has its own reminder).
/// </summary>
internal sealed class RemindJusteringJob(
    MeetingService meetings, JusteringService justering, JusteringStore store, JusteringCards cards, MemberChats chats, ScheduledTargets targets) : IScheduledJobHandler
{
    public const string Text = "Påminnelse: du är utsedd att justera protokollet och har inte svarat än.";

    public JobKind Kind => JobKind.RemindJustering;

    public async Task<IReadOnlyList<JobMessage>> PrepareAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!JusteringReminders.TryParse(job.MeetingKey, out var meetingId, out var number)
            || await meetings.GetAsync(meetingId, cancellationToken) is not { } meeting)
        {
            return [];
        }

        var view = await justering.ViewAsync(meeting, cancellationToken);
        if (view.Justerat is not null || view.Version?.Number != number)
        {
            return [];
        }

        var waiting = view.Status.States.Where(s => s.Standing == SignatoryStanding.Waiting).Select(s => s.Signatory.MemberId).ToList();
        var members = await store.MembersAsync(waiting, cancellationToken);
        var refresh = await chats.TeamsUserIdsAsync(await store.MembersAsync([.. view.Status.Signatories.Select(s => s.MemberId)], cancellationToken), cancellationToken);
        var teamsUserIds = await targets.LearnTeamAsync(cancellationToken);
        return [.. (await targets.PersonalChatsAsync(members, teamsUserIds, cancellationToken)).Select(t =>
        {
            var language = t.Member.Language ?? CardLanguage.Swedish;
            var text = language == CardLanguage.English ? "Reminder: you are named to approve the protocol and have not answered yet." : Text;
            return new JobMessage(t.Target, CardAttachment.Message(cards.ForSignatory(meeting, view, t.Member.Id, refresh, language), text));
        })];
    }
}
