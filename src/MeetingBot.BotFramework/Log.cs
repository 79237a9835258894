using Microsoft.Extensions.Logging;

namespace MeetingBot.BotFramework;

/// <summary>Every log line of the library. Tokens and message text are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Rejected a request to the bot endpoint: {Reason}")]
    public static partial void Unauthenticated(ILogger logger, string reason);

    [LoggerMessage(2, LogLevel.Debug, "Accepted a {Path} token for {ActivityType} activity {ActivityId}")]
    public static partial void Authenticated(ILogger logger, string path, string? activityType, string? activityId);

    [LoggerMessage(3, LogLevel.Information, "Ignored re-delivered {ActivityType} activity {ActivityId} in {ConversationId}")]
    public static partial void Duplicate(ILogger logger, string? activityType, string activityId, string conversationId);

    [LoggerMessage(4, LogLevel.Error, "Handling {ActivityType} activity {ActivityId} in {ConversationId} failed")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string? activityType, string? activityId, string? conversationId);

    [LoggerMessage(5, LogLevel.Error, "Handling {ActivityType} activity {ActivityId} in {ConversationId} timed out after {Timeout}")]
    public static partial void HandlerTimedOut(ILogger logger, string? activityType, string? activityId, string? conversationId, TimeSpan timeout);

    [LoggerMessage(6, LogLevel.Debug, "Acknowledged activity of unhandled type {ActivityType}")]
    public static partial void UnhandledType(ILogger logger, string? activityType);

    [LoggerMessage(7, LogLevel.Warning, "Connector {Method} {Path} answered {Status} on attempt {Attempt}; retrying after {Delay}")]
    public static partial void ConnectorRetry(ILogger logger, string method, string path, int status, int attempt, string delay);

    [LoggerMessage(8, LogLevel.Warning, "Connector {Method} {Path} failed with {Status} {ErrorCode} (correlation {CorrelationId})")]
    public static partial void ConnectorFailed(ILogger logger, string method, string path, int status, string? errorCode, string? correlationId);

    [LoggerMessage(9, LogLevel.Warning, "The bot endpoint is not mapped: no Bot section is configured outside Development")]
    public static partial void BotDisabled(ILogger logger);

    [LoggerMessage(10, LogLevel.Warning, "The background queue is full; {ActivityType} activity {ActivityId} is refused with 503")]
    public static partial void QueueFull(ILogger logger, string? activityType, string? activityId);

    [LoggerMessage(12, LogLevel.Warning, "Saving the response of invoke {ActivityId} in {ConversationId} for re-deliveries failed")]
    public static partial void InvokeResponseNotSaved(ILogger logger, Exception exception, string? activityId, string? conversationId);

    [LoggerMessage(11, LogLevel.Warning, "Storing the conversation reference of {ConversationId} failed")]
    public static partial void ReferenceNotStored(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(13, LogLevel.Information, "Shutdown: handled the {Count} acknowledged activities still queued")]
    public static partial void BackgroundDrained(ILogger logger, int count);

    [LoggerMessage(14, LogLevel.Error, "Shutdown timeout: {Count} acknowledged activities were not handled")]
    public static partial void BackgroundAbandoned(ILogger logger, int count);

    [LoggerMessage(15, LogLevel.Warning, "Refused an emulator activity: {Reason}")]
    public static partial void EmulatorRefused(ILogger logger, string reason);
}
