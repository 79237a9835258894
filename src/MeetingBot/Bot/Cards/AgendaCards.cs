using MeetingBot.Bot.Speakers;
using MeetingBot.Core;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;
using MeetingBot.Meetings;

namespace MeetingBot.Bot.Cards;

/// <summary>
/// The agenda card of a meeting as it stands now: the view everyone sees (posted, and PUT when
/// answers change) and a member's own view (refresh and the answer to their button press).
/// </summary>
internal sealed class AgendaCards(AttendanceService attendance, TeamsUserIds userIds)
{
    /// <summary>The view everyone sees, in Swedish, the group's language.</summary>
    public async Task<AdaptiveCard> PublicAsync(Meeting meeting, CancellationToken cancellationToken) =>
        AgendaCard.Build(await ModelAsync(meeting, cancellationToken));

    /// <summary>The view everyone sees, in both languages from one read: for posting to many chats at once.</summary>
    public async Task<(AdaptiveCard Swedish, AdaptiveCard English)> PublicInBothAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var model = await ModelAsync(meeting, cancellationToken);
        return (AgendaCard.Build(model), AgendaCard.Build(model, language: CardLanguage.English));
    }

    public async Task<AdaptiveCard> ForAsync(Meeting meeting, Speaker viewer, CardLanguage language, CancellationToken cancellationToken)
    {
        var model = await ModelAsync(meeting, cancellationToken);
        var current = (await attendance.GetAsync(meeting.Id, cancellationToken))?.Of(viewer.MemberId);
        var substitutes = await attendance.SubstitutesAsync(viewer.MemberId, cancellationToken);
        ViewerAnswer? answer = current?.Answer is { } given
            ? new ViewerAnswer(given.Answer == AttendanceAnswer.Accepted ? AttendanceStatus.Coming : AttendanceStatus.Declined, given.SubstituteName)
            : null;
        var options = substitutes.Select(s => new SubstituteOption(s.Name, s.Name)).ToList();
        if (answer?.SubstituteName is { } named && options.All(o => o.Name != named))
        {
            // A substitute from outside the roster stays selectable, so changing the comment keeps them.
            options.Add(new SubstituteOption(named, named));
        }

        return AgendaCard.Build(model, new AgendaViewer(answer, options), language);
    }

    private async Task<AgendaCardModel> ModelAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var answers = await attendance.GetAsync(meeting.Id, cancellationToken)
            ?? throw new DomainException($"there is no meeting with id {meeting.Id}");
        var ids = await userIds.OfRosterAsync(cancellationToken);
        return new AgendaCardModel(
            meeting.CardId, meeting.Title, meeting.Date, meeting.Start, meeting.End, meeting.Location, meeting.JoinUrl,
            meeting.Agenda, answers.Tally, [.. ids.Take(CardRefresh.MaxUserIds)]);
    }
}
