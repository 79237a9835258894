using MeetingBot.Bot.Cards;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Scheduling;
using MeetingBot.Core.Text;
using MeetingBot.Scheduling;

namespace MeetingBot.Bot.Scheduled;

/// <summary>The protocol draft card, as <c>protokollutkast</c> shows it, in the secretariat's personal chats when the meeting ends.</summary>
internal sealed class OfferDraftJob(ScheduledMeetings meetings, SecretariatCards cards, AgendaAudience audience, ScheduledTargets targets) : IScheduledJobHandler
{
    public JobKind Kind => JobKind.OfferDraft;

    public async Task<IReadOnlyList<JobMessage>> PrepareAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (await meetings.FindAsync(job, cancellationToken) is not { } meeting)
        {
            return [];
        }

        var card = await cards.DraftAsync(meeting.Id, CardLanguage.Swedish, cancellationToken);
        var englishCard = await cards.DraftAsync(meeting.Id, CardLanguage.English, cancellationToken);
        var text = $"Mötet {SwedishDate.Format(meeting.Date)} är slut. Här är protokollutkastet.";
        var englishText = $"The meeting on {CardTexts.English.Date(meeting.Date)} has ended. Here is the protocol draft.";
        var teamsUserIds = await targets.LearnTeamAsync(cancellationToken);
        var secretariat = await audience.SecretariatAsync(cancellationToken);
        return [.. (await targets.PersonalChatsAsync(secretariat, teamsUserIds, cancellationToken))
            .Select(t => new JobMessage(t.Target, t.Member.Language == CardLanguage.English ? CardAttachment.Message(englishCard, englishText) : CardAttachment.Message(card, text)))];
    }
}
