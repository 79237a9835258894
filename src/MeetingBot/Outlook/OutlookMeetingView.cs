using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;

namespace MeetingBot.Outlook;

/// <summary>What the task pane shows for one meeting and the member viewing it (JSON, camelCase).</summary>
internal sealed record OutlookMeetingView(
    int MeetingId,
    string Title,
    string Date,
    string When,
    string Location,
    Uri? JoinUrl,
    bool Cancelled,
    bool Open,
    IReadOnlyList<OutlookAgendaItem> Agenda,
    OutlookMember Member,
    OutlookAnswer? Answer,
    IReadOnlyList<string> Substitutes,
    AttendanceTally Tally)
{
    public static OutlookMeetingView Of(Meeting meeting, MeetingAttendance attendance, RosterMember member, IReadOnlyList<RosterMember> substitutes, DateTimeOffset now) => new(
        meeting.Id,
        meeting.Title,
        meeting.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        CardTexts.Swedish.DateAndTime(meeting.Date, meeting.Start, meeting.End),
        meeting.Location,
        meeting.JoinUrl,
        meeting.State == MeetingState.Cancelled,
        meeting.State == MeetingState.Planned && now < meeting.StartsAt,
        [.. meeting.Agenda.Select(i => new OutlookAgendaItem(i.Number, i.Title, i.Summary, i.Presenters))],
        new OutlookMember(member.Name, member.Organisation),
        OutlookAnswer.Of(attendance.Of(member.Id)?.Answer),
        [.. substitutes.Select(s => s.Name)],
        attendance.Tally);
}

internal sealed record OutlookAgendaItem(int Number, string Title, string? Summary, IReadOnlyList<string> Presenters);

internal sealed record OutlookMember(string Name, string Organisation);

/// <summary>The member's own answer; the comment is theirs, so they see it.</summary>
internal sealed record OutlookAnswer(string Answer, string? Substitute, string? Comment, DateTimeOffset At)
{
    public const string Accepted = "accepted";
    public const string Declined = "declined";

    public static OutlookAnswer? Of(MemberAnswer? answer) => answer is null
        ? null
        : new(answer.Answer == AttendanceAnswer.Accepted ? Accepted : Declined, answer.SubstituteName, answer.Comment, answer.At);
}

/// <summary>The body of <c>POST /api/outlook/rsvp</c>. Who answers comes from the token, never from here.</summary>
internal sealed record OutlookRsvpRequest(int MeetingId, string? Answer, string? Substitute, string? Comment);

internal sealed record OutlookRsvpResponse(string Outcome, string Message, OutlookAnswer? Answer);
