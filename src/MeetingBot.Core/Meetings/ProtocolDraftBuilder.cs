using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Meetings;

/// <summary>
/// Writes a meeting's protocol in the customer's format from what is known: "Närvarande" lists
/// those who come, in roster order, then each substitute as "Namn, Organisation (ersättare för
/// Namn)"; "Anmält förhinder" lists those who sent apologies; those who have not answered are in
/// neither list. Items carry the agenda's text and the decisions entered so far.
/// </summary>
public static class ProtocolDraftBuilder
{
    /// <param name="decisions">The att-clauses entered per item number; items without any have none.</param>
    public static Protocol Build(
        Meeting meeting, int number, MeetingAttendance attendance, IReadOnlyDictionary<int, IReadOnlyList<string>> decisions)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(attendance);
        ArgumentNullException.ThrowIfNull(decisions);
        var coming = attendance.Members.Where(m => m.Answer?.Answer == AttendanceAnswer.Accepted).Select(m => m.Member.AsParticipant);
        var declined = attendance.Members.Where(m => m.Answer?.Answer == AttendanceAnswer.Declined).ToList();
        var substitutes = declined
            .Where(m => m.Answer!.SubstituteName is not null)
            .Select(m => new Participant(m.Answer!.SubstituteName!, Substitutes.OrganisationText(m.Member)));
        var items = meeting.Agenda.Select(item => new ProtocolItem(
            item.Number, item.Title, item.Summary, item.Presenters, item.Attachments,
            decisions.TryGetValue(item.Number, out var clauses) ? clauses : []));
        return new Protocol(
            number,
            meeting.Date.Year,
            meeting.Title,
            meeting.Date,
            meeting.Start,
            meeting.End,
            meeting.Location,
            null,
            [.. coming, .. substitutes],
            [.. declined.Select(m => m.Member.AsParticipant)],
            [.. items]);
    }
}
