using System.Globalization;
using MeetingBot.Core.Cards;

namespace MeetingBot.Core.Meetings;

/// <summary>The card models of a meeting, so every handler fills the cards the same way.</summary>
public static class MeetingCards
{
    /// <summary>The id a card's data carries back; null unless it is a meeting id as <see cref="Meeting.CardId"/> wrote it.</summary>
    public static int? ParseId(string? cardId) =>
        int.TryParse(cardId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    /// <param name="rosterUserIds">The members' Teams ids for the card's refresh (at most <see cref="CardRefresh.MaxUserIds"/>).</param>
    public static AgendaCardModel Agenda(Meeting meeting, MeetingAttendance attendance, IReadOnlyList<string> rosterUserIds)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(attendance);
        return new AgendaCardModel(
            meeting.CardId, meeting.Title, meeting.Date, meeting.Start, meeting.End, meeting.Location, meeting.JoinUrl,
            meeting.Agenda, attendance.Tally, rosterUserIds);
    }

    /// <summary>The secretariat's attendance card: comments included.</summary>
    public static AttendanceCardModel Attendance(Meeting meeting, MeetingAttendance attendance)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(attendance);
        return new AttendanceCardModel(meeting.CardId, meeting.Title, meeting.Date, attendance.Entries(withComments: true));
    }

    /// <summary>
    /// A member's own view of the agenda card: their answer and the people of their organisation
    /// they may name as substitute (the option's id is the name, which is what <c>RecordAsync</c> takes).
    /// </summary>
    public static AgendaViewer Viewer(MemberAttendance member, IEnumerable<RosterMember> roster)
    {
        ArgumentNullException.ThrowIfNull(member);
        var answer = member.Status == AttendanceStatus.NotAnswered
            ? null
            : new ViewerAnswer(member.Status, member.Answer?.Answer == AttendanceAnswer.Declined ? member.Answer.SubstituteName : null);
        return new AgendaViewer(answer, [.. Substitutes.Candidates(member.Member, roster).Select(r => new SubstituteOption(r.Name, r.Name))]);
    }
}
