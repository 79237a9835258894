using MeetingBot.Core.Scheduling;

namespace MeetingBot.Scheduling;

/// <summary>A claimed job as a handler sees it; <see cref="Meeting"/> is null for jobs not tied to a meeting.</summary>
internal sealed record ScheduledJob(long Id, JobKind Kind, string MeetingKey, DateTimeOffset DueAt, int Attempt, ScheduledMeeting? Meeting);
