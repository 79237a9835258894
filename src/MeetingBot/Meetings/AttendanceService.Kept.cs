using System.Data.Common;

namespace MeetingBot.Meetings;

internal sealed partial class AttendanceService
{
    /// <summary>
    /// The meetings as the answer writer's last committed transaction left them, for the next batch to start from instead
    /// of reading every member's current answer again: under a burst that read was a quarter of a batch's time in the
    /// database's write turn, which every press waits for. Only on SQLite, and only while nothing else has changed the
    /// database: <c>PRAGMA data_version</c>, read inside the batch's immediate transaction (no other connection can commit
    /// until it ends), changes whenever another connection has committed since. The writer's own connection is the write
    /// gate's, which only the dedupe store shares, and it writes neither meetings nor answers. So a batch still decides on
    /// the meeting as stored: the kept copy is what the transaction would read.
    /// </summary>
    /// <remarks>
    /// Used by the one writer of answers only (<see cref="DrainAsync"/>), never by two threads at once. A batch takes what
    /// is kept, and only a commit keeps it again: a rollback or a failure leaves the next batch to read afresh.
    /// </remarks>
    private sealed class KeptMeetings
    {
        private DbConnection? connection;
        private long version;
        private Dictionary<int, StagedMeeting>? meetings;

        /// <summary>The meetings kept on <paramref name="on"/> at <paramref name="dataVersion"/>, now no longer kept; null when there are none.</summary>
        /// <param name="dataVersion">The connection's <c>data_version</c> now; null where it does not apply (PostgreSQL).</param>
        public Dictionary<int, StagedMeeting>? Take(DbConnection on, long? dataVersion)
        {
            var taken = meetings is not null && ReferenceEquals(connection, on) && version == dataVersion ? meetings : null;
            (connection, meetings) = (null, null);
            return taken;
        }

        /// <summary>Keeps the meetings a transaction read and changed, once it has committed.</summary>
        public void Keep(DbConnection on, long? dataVersion, Dictionary<int, StagedMeeting> committed)
        {
            if (dataVersion is { } current)
            {
                (connection, version, meetings) = (on, current, committed);
            }
        }
    }
}
