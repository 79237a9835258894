using MeetingBot.Core;
using MeetingBot.Core.Protocols;
using MeetingBot.Storage.Rows;

namespace MeetingBot.Storage;

/// <summary>Maps the domain's <see cref="Protocol"/> to its rows and back; Core knows nothing of EF.</summary>
internal static class ProtocolRows
{
    public static ProtocolRow ToRow(Protocol protocol, DateTimeOffset savedAt)
    {
        var duplicate = protocol.Items.GroupBy(i => i.Number).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DomainException($"Protocol {protocol.Reference} has more than one item numbered {duplicate.Key}.");
        }

        return new ProtocolRow
        {
            Number = protocol.Number,
            Year = protocol.Year,
            Title = protocol.Title,
            Date = protocol.Date,
            Start = protocol.Start,
            End = protocol.End,
            Location = protocol.Location,
            Room = protocol.Room,
            State = ProtocolState.Final,
            SavedAt = savedAt,
            Participants = Participants(protocol),
            Items = [.. protocol.Items.Select(ToRow)],
            Decisions = [.. protocol.Items.SelectMany(Decisions)],
        };
    }

    public static Protocol ToProtocol(ProtocolRow row)
    {
        var decisions = row.Decisions.ToLookup(d => d.ItemNumber);
        return new Protocol(
            row.Number ?? throw new InvalidOperationException($"Protocol row {row.Id} is a draft without a number."),
            row.Year,
            row.Title,
            row.Date,
            row.Start,
            row.End,
            row.Location,
            row.Room,
            Attendees(row, ParticipantAttendance.Present),
            Attendees(row, ParticipantAttendance.Absent),
            [
                .. row.Items.OrderBy(i => i.Number).Select(i => new ProtocolItem(
                    i.Number, i.Title, i.Summary, i.Presenters, i.Attachments,
                    [.. decisions[i.Number].OrderBy(d => d.Position).Select(d => d.Text)])),
            ]);
    }

    private static List<ProtocolParticipantRow> Participants(Protocol protocol) =>
    [
        .. protocol.Present.Select((p, i) => Participant(p, ParticipantAttendance.Present, i)),
        .. protocol.Absent.Select((p, i) => Participant(p, ParticipantAttendance.Absent, i)),
    ];

    private static ProtocolParticipantRow Participant(Participant participant, ParticipantAttendance attendance, int position) =>
        new() { Attendance = attendance, Position = position, Name = participant.Name, Organisation = participant.Organisation };

    private static List<Participant> Attendees(ProtocolRow row, ParticipantAttendance attendance) =>
    [
        .. row.Participants.Where(p => p.Attendance == attendance).OrderBy(p => p.Position)
            .Select(p => new Participant(p.Name, p.Organisation)),
    ];

    private static ProtocolItemRow ToRow(ProtocolItem item) => new()
    {
        Number = item.Number,
        Title = item.Title,
        Summary = item.Summary,
        Presenters = [.. item.Presenters],
        Attachments = [.. item.Attachments],
    };

    private static IEnumerable<DecisionRow> Decisions(ProtocolItem item) =>
        item.Decisions.Select((text, position) => new DecisionRow
        {
            ItemNumber = item.Number,
            ItemTitle = item.Title,
            Text = text,
            Position = position,
        });
}
