using MeetingBot.Core.Calendar;
using MeetingBot.Core.Meetings;
using MeetingBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Meetings;

/// <summary>
/// Stores the replies of a calendar read as Outlook answers, through the same rules as Teams
/// answers: an attendee's address finds the roster member (case-insensitively, as Exchange
/// compares), the event id (else the date) finds the meeting; <see cref="OutlookAnswer"/> says what a reply amounts to.
/// </summary>
internal sealed class OutlookReplies(IDbContextFactory<MeetingBotDbContext> factory, AttendanceService attendance, ILogger<OutlookReplies> logger)
{
    /// <returns>How many replies became a member's current answer.</returns>
    public async Task<int> RecordAsync(string seriesKey, IReadOnlyList<MeetingResponses> meetings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        Dictionary<string, int> members;
        List<(int Id, string? ExternalId, DateOnly Date)> rows;
        await using (var db = factory.CreateDbContext())
        {
            members = (await RosterStore.MembersAsync(db, cancellationToken)).Where(m => m.Email is not null)
                .ToDictionary(m => m.Email!, m => m.Id, StringComparer.OrdinalIgnoreCase);
            rows = [.. (await db.Meetings.AsNoTracking().Where(m => m.SeriesKey == seriesKey)
                .Select(m => new { m.Id, m.ExternalEventId, m.Date }).ToListAsync(cancellationToken))
                .Select(m => (m.Id, m.ExternalEventId, m.Date))];
        }

        int recorded = 0, unknown = 0;
        foreach (var meeting in meetings)
        {
            var row = rows.FirstOrDefault(r => r.ExternalId == meeting.ExternalId);
            var meetingId = row.Id != 0 ? row.Id : rows.FirstOrDefault(r => r.Date == meeting.Date).Id;
            if (meetingId == 0)
            {
                continue;
            }

            foreach (var reply in meeting.Attendees)
            {
                if (OutlookAnswer.Of(reply) is not { } answer)
                {
                    continue;
                }

                if (!members.TryGetValue(reply.Email.Trim(), out var memberId))
                {
                    unknown++;
                    continue;
                }

                var result = await attendance.RecordAsync(meetingId, memberId, answer.Answer, null, null, answer.Source, answer.At, cancellationToken);
                recorded += result.Outcome == AttendanceOutcome.Recorded ? 1 : 0;
            }
        }

        MeetingsLog.OutlookRepliesRecorded(logger, seriesKey, recorded, unknown);
        return recorded;
    }
}
