namespace MeetingBot.Scheduling;

internal static partial class SchedulingLog
{
    [LoggerMessage(1, LogLevel.Information, "Job {JobId} {Kind} for {MeetingKey} dropped: {Reason}")]
    public static partial void JobDropped(ILogger logger, long jobId, string kind, string meetingKey, string reason);

    [LoggerMessage(2, LogLevel.Information, "Job {JobId} {Kind} for {MeetingKey} done: {Sent} posted, {Skipped} already posted")]
    public static partial void JobDone(ILogger logger, long jobId, string kind, string meetingKey, int sent, int skipped);

    [LoggerMessage(3, LogLevel.Warning, "Job {JobId} {Kind} attempt {Attempt} failed; retrying at {NextAttempt}")]
    public static partial void JobRetry(ILogger logger, long jobId, string kind, int attempt, DateTimeOffset nextAttempt, Exception exception);

    [LoggerMessage(4, LogLevel.Error, "Job {JobId} {Kind} failed after {Attempt} attempts")]
    public static partial void JobFailed(ILogger logger, long jobId, string kind, int attempt, Exception exception);

    [LoggerMessage(5, LogLevel.Warning, "Job {JobId}: delivery to {TargetKey} was begun by {Owner} and never confirmed; not posting again, since a Connector POST cannot be deduplicated")]
    public static partial void DeliveryAmbiguous(ILogger logger, long jobId, string targetKey, string? owner);

    [LoggerMessage(6, LogLevel.Warning, "Job {JobId} lost its lease; another instance has it")]
    public static partial void LeaseLost(ILogger logger, long jobId);

    [LoggerMessage(7, LogLevel.Information, "Job {JobId} {Kind} handed back at shutdown after {Sent} posts")]
    public static partial void HandedBack(ILogger logger, long jobId, string kind, int sent);

    [LoggerMessage(8, LogLevel.Warning, "Job {JobId}: posting to {TargetKey} was refused with {Status}")]
    public static partial void DeliveryRefused(ILogger logger, long jobId, string targetKey, int status);

    [LoggerMessage(9, LogLevel.Error, "Claiming or planning jobs failed; trying again at the next tick")]
    public static partial void PollFailed(ILogger logger, Exception exception);

    [LoggerMessage(11, LogLevel.Warning, "Job {JobId}: posting to {TargetKey} ended in {Failure}; it may have been posted, so it is not retried")]
    public static partial void DeliveryUncertain(ILogger logger, long jobId, string targetKey, string failure);

    [LoggerMessage(10, LogLevel.Information, "Scheduler {Owner} started: kinds {Kinds}")]
    public static partial void Started(ILogger logger, string owner, string kinds);

    [LoggerMessage(12, LogLevel.Warning, "Job {JobId}: posted to {TargetKey}, but remembering the posted copy failed")]
    public static partial void DeliveredCallbackFailed(ILogger logger, long jobId, string targetKey, Exception exception);

    [LoggerMessage(13, LogLevel.Warning, "Job {JobId}: posted to {TargetKey}, but remembering its new personal chat failed")]
    public static partial void ChatNotRemembered(ILogger logger, long jobId, string targetKey, Exception exception);

    [LoggerMessage(31, LogLevel.Warning, "Job {JobId}: nothing could be posted to {TargetKey} ({Reason}); the other targets still get theirs")]
    public static partial void DeliveryImpossible(ILogger logger, long jobId, string targetKey, string reason);

    [LoggerMessage(32, LogLevel.Warning, "Job {JobId}: posted to {TargetKey}, but the Connector answered without an activity id: this copy cannot be updated later")]
    public static partial void DeliveredWithoutId(ILogger logger, long jobId, string targetKey);
}
