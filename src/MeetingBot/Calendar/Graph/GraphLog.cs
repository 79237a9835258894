namespace MeetingBot.Calendar.Graph;

internal static partial class GraphLog
{
    [LoggerMessage(1, LogLevel.Information, "Read RSVPs of {SeriesId}: {Meetings} meetings")]
    public static partial void RsvpsRead(ILogger logger, string seriesId, int meetings);

    [LoggerMessage(2, LogLevel.Warning, "Reading RSVPs of {SeriesId} failed")]
    public static partial void RsvpReadFailed(ILogger logger, string seriesId, Exception exception);

    [LoggerMessage(3, LogLevel.Information, "Graph subscription {SubscriptionId} active until {Expiration}")]
    public static partial void SubscriptionActive(ILogger logger, string subscriptionId, DateTimeOffset expiration);

    [LoggerMessage(4, LogLevel.Warning, "Graph subscription {OldSubscriptionId} was gone, expired or for another address; created {SubscriptionId} and asked for a re-read")]
    public static partial void SubscriptionRecreated(ILogger logger, string oldSubscriptionId, string subscriptionId);

    [LoggerMessage(5, LogLevel.Warning, "Ignored {Count} Graph notifications with a wrong clientState")]
    public static partial void WrongClientState(ILogger logger, int count);

    [LoggerMessage(6, LogLevel.Information, "Graph lifecycle event {LifecycleEvent} for subscription {SubscriptionId}")]
    public static partial void Lifecycle(ILogger logger, string lifecycleEvent, string? subscriptionId);

    [LoggerMessage(7, LogLevel.Information, "Deleted Graph subscription {SubscriptionId}: {Reason}")]
    public static partial void SubscriptionDeleted(ILogger logger, string subscriptionId, string reason);

    [LoggerMessage(8, LogLevel.Warning, "Deleting Graph subscription {SubscriptionId} ({Reason}) failed; it expires by itself")]
    public static partial void SubscriptionDeleteFailed(ILogger logger, string subscriptionId, string reason, Exception exception);
}
