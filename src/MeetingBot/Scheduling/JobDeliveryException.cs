namespace MeetingBot.Scheduling;

/// <summary>Some targets refused the post outright; the job is retried for those alone (the others are recorded as sent).</summary>
internal sealed class JobDeliveryException(IReadOnlyCollection<string> targets)
    : Exception($"{targets.Count} targets refused the post, first {targets.First()}");
