using MeetingBot.Bot.Speakers;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;
using MeetingBot.Meetings;
using MeetingBot.Storage;

namespace MeetingBot.Bot.Cards;

/// <summary>
/// The agenda card of a meeting as it stands now: the view everyone sees (posted, and PUT when
/// answers change) and a member's own view (refresh and the answer to their button press). The
/// roster is read once per card (or taken from the turn's speaker), the answers once.
/// </summary>
internal sealed class AgendaCards(AttendanceService attendance, RosterStore roster, TeamsUserIds userIds)
{
    /// <summary>The view everyone sees, in Swedish, the group's language.</summary>
    public async Task<AdaptiveCard> PublicAsync(Meeting meeting, CancellationToken cancellationToken) =>
        (await PublicInBothAsync(meeting, cancellationToken)).Swedish;

    /// <summary>The view everyone sees, in both languages from one read: for posting to many chats at once.</summary>
    public async Task<(AdaptiveCard Swedish, AdaptiveCard English)> PublicInBothAsync(Meeting meeting, CancellationToken cancellationToken) =>
        await PublicInBothAsync(meeting, await roster.MembersAsync(cancellationToken), cancellationToken);

    /// <inheritdoc cref="PublicInBothAsync(Meeting, CancellationToken)"/>
    public async Task<(AdaptiveCard Swedish, AdaptiveCard English)> PublicInBothAsync(
        Meeting meeting, IReadOnlyList<RosterMember> members, CancellationToken cancellationToken)
    {
        var model = await ModelAsync(meeting, members, await attendance.GetAsync(meeting.Id, members, cancellationToken), cancellationToken);
        return (AgendaCard.Build(model), AgendaCard.Build(model, language: CardLanguage.English));
    }

    public async Task<AdaptiveCard> ForAsync(Meeting meeting, Speaker viewer, CardLanguage language, CancellationToken cancellationToken) =>
        await ForAsync(meeting, viewer, await attendance.GetAsync(meeting.Id, viewer.Roster, cancellationToken), language, cancellationToken);

    /// <summary>The viewer's own view from attendance the caller has just read (a press's result): no further read of answers or roster.</summary>
    public async Task<AdaptiveCard> ForAsync(
        Meeting meeting, Speaker viewer, MeetingAttendance answers, CardLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(answers);
        var model = await ModelAsync(meeting, viewer.Roster, answers, cancellationToken);
        var current = answers.Of(viewer.MemberId);
        ViewerAnswer? answer = current?.Answer is { } given
            ? new ViewerAnswer(given.Answer == AttendanceAnswer.Accepted ? AttendanceStatus.Coming : AttendanceStatus.Declined, given.SubstituteName)
            : null;
        var options = Substitutes.Candidates(viewer.Member, viewer.Roster.Where(m => m.IsAttendee)).Select(s => new SubstituteOption(s.Name, s.Name)).ToList();
        if (answer?.SubstituteName is { } named && options.All(o => o.Name != named))
        {
            // A substitute from outside the roster stays selectable, so changing the comment keeps them.
            options.Add(new SubstituteOption(named, named));
        }

        return AgendaCard.Build(model, new AgendaViewer(answer, options), language);
    }

    private async Task<AgendaCardModel> ModelAsync(
        Meeting meeting, IReadOnlyList<RosterMember> members, MeetingAttendance answers, CancellationToken cancellationToken)
    {
        var ids = await userIds.OfAsync(members, cancellationToken);
        return new AgendaCardModel(
            meeting.CardId, meeting.Title, meeting.Date, meeting.Start, meeting.End, meeting.Location, meeting.JoinUrl,
            meeting.Agenda, answers.Tally, [.. ids.Take(CardRefresh.MaxUserIds)]);
    }
}
