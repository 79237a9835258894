using MeetingBot.Core.Scheduling;

namespace MeetingBot.Scheduling;

/// <summary>A claimed job as a handler sees it; <see cref="Meeting"/> is null for jobs not tied to a meeting.</summary>
/// <param name="Request">For a job someone asked for, the feature's own note of who asked and where to answer; null when planned.</param>
internal sealed record ScheduledJob(long Id, JobKind Kind, string MeetingKey, DateTimeOffset DueAt, int Attempt, ScheduledMeeting? Meeting, string? Request = null);
