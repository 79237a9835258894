using MeetingBot.Core.Assignments;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Protocols;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Assignments;

/// <summary>
/// Brings a protocol's stored assignments in line with its decisions, inside the transaction that
/// saves the protocol: new clauses are added, changed ones updated in place (keeping whether they are
/// done), and clauses that no longer give work are removed.
/// </summary>
internal static class AssignmentSync
{
    public static async Task SyncAsync(MeetingBotDbContext db, int protocolId, Protocol protocol, int? meetingId, CancellationToken cancellationToken)
    {
        var series = await SeriesDatesAsync(db, meetingId, cancellationToken);
        var recognised = AssignmentRecognizer.Recognise(protocol, series);
        var stored = await db.Assignments
            .Where(a => a.ProtocolYear == protocol.Year && a.ProtocolNumber == protocol.Number)
            .ToListAsync(cancellationToken);

        foreach (var assignment in recognised)
        {
            var row = stored.Find(r => r.ItemNumber == assignment.Item && r.Position == assignment.Clause);
            if (row is null)
            {
                row = new AssignmentRow { Owner = assignment.Owner, Task = assignment.Task };
                db.Assignments.Add(row);
            }
            else
            {
                stored.Remove(row);
            }

            row.ProtocolId = protocolId;
            row.ProtocolYear = assignment.ProtocolYear;
            row.ProtocolNumber = assignment.ProtocolNumber;
            row.ItemNumber = assignment.Item;
            row.Position = assignment.Clause;
            row.Owner = assignment.Owner;
            row.Task = assignment.Task;
            row.Due = assignment.Due;
            row.DueText = assignment.DueText;
        }

        db.Assignments.RemoveRange(stored);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The meeting dates of the decided series: the series of the meeting the protocol was finalised
    /// from, or, for an imported protocol, every planned meeting (one group has one series).
    /// </summary>
    private static async Task<List<DateOnly>> SeriesDatesAsync(MeetingBotDbContext db, int? meetingId, CancellationToken cancellationToken)
    {
        var meetings = db.Meetings.AsNoTracking().Where(m => m.State != MeetingState.Cancelled);
        if (meetingId is { } id)
        {
            var seriesKey = await db.Meetings.Where(m => m.Id == id).Select(m => m.SeriesKey).SingleOrDefaultAsync(cancellationToken);
            meetings = meetings.Where(m => m.SeriesKey == seriesKey);
        }

        return await meetings.Select(m => m.Date).ToListAsync(cancellationToken);
    }
}
