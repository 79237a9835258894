using MeetingBot.Core;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;
using MeetingBot.Meetings;

namespace MeetingBot.Bot.Cards;

/// <summary>The cards only the secretariat sees: attendance with comments, the protocol draft, the agenda form.</summary>
internal sealed class SecretariatCards(AttendanceService attendance, ProtocolDraftService drafts)
{
    public async Task<AdaptiveCard> AttendanceAsync(Meeting meeting, CardLanguage language, CancellationToken cancellationToken)
    {
        var answers = await attendance.GetAsync(meeting.Id, cancellationToken)
            ?? throw new DomainException($"there is no meeting with id {meeting.Id}");
        return AttendanceCard.Build(new AttendanceCardModel(meeting.CardId, meeting.Title, meeting.Date, answers.Entries(withComments: true)), language);
    }

    public async Task<AdaptiveCard> DraftAsync(int meetingId, CardLanguage language, CancellationToken cancellationToken) =>
        ProtocolDraftCard.Build((await drafts.GetAsync(meetingId, cancellationToken)).ToCardModel(), language);

    public static AdaptiveCard AgendaForm(Meeting meeting, CardLanguage language, IReadOnlyList<AgendaOffer>? offers = null) =>
        AgendaEditCard.Build(new AgendaEditModel(meeting.CardId, meeting.Title, meeting.Date, meeting.Agenda, offers), language);
}
