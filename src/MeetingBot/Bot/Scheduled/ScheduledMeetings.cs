using MeetingBot.Core.Meetings;
using MeetingBot.Meetings;
using MeetingBot.Scheduling;

namespace MeetingBot.Bot.Scheduled;

/// <summary>The meeting a job is about, as the meeting services know it.</summary>
internal sealed class ScheduledMeetings(MeetingService meetings)
{
    /// <summary>Null when the job has no meeting or the meeting is gone; the job then has nothing to post.</summary>
    public async Task<Meeting?> FindAsync(ScheduledJob job, CancellationToken cancellationToken) =>
        job.Meeting is { } scheduled ? await meetings.FindByDateAsync(scheduled.Date, cancellationToken) : null;
}
