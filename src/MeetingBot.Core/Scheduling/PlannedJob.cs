namespace MeetingBot.Core.Scheduling;

/// <summary>A job as the rules derive it: its kind, the meeting it serves (or a recurring slot) and when it falls due.</summary>
public sealed record PlannedJob(JobKind Kind, string MeetingKey, DateTimeOffset DueUtc)
{
    /// <summary>One job of a kind per meeting: inserting the same key twice is a no-op, so planning can be repeated.</summary>
    public string UniqueKey => $"{Kind}:{MeetingKey}";
}
