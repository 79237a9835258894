namespace MeetingBot.Bot;

/// <summary>The Teams feature's log lines. Never message text or names above Trace.</summary>
internal static partial class BotLog
{
    [LoggerMessage(101, LogLevel.Warning, "Looking up a Teams user's email failed with {Status} {Code}; the user counts as not on the roster")]
    public static partial void MemberLookupFailed(ILogger logger, int status, string? code);

    [LoggerMessage(103, LogLevel.Warning, "Updating the posted card {ActivityId} failed")]
    public static partial void CardUpdateFailed(ILogger logger, string activityId, Exception exception);

    [LoggerMessage(104, LogLevel.Information, "Refused a card action from someone not on the roster")]
    public static partial void UnknownPresser(ILogger logger);

    [LoggerMessage(106, LogLevel.Warning, "{Key} is not set: protocol download links (and calendar feed links, unless Calendar:FeedLinkKey is set) are signed with a key of this process and stop working when it restarts or on another instance")]
    public static partial void DownloadLinkKeyMissing(ILogger logger, string key);

    [LoggerMessage(130, LogLevel.Warning, "Answering in the asker's personal chat failed with {Status} {Code}; the answer was not posted anywhere")]
    public static partial void PrivateReplyFailed(ILogger logger, int status, string? code);

    [LoggerMessage(107, LogLevel.Information, "A chat command or card action was refused by a domain rule ({ExceptionType}); the user got a message in their language")]
    public static partial void CommandRefused(ILogger logger, string exceptionType, Exception exception);

    [LoggerMessage(108, LogLevel.Error, "A chat command or card action failed ({ExceptionType}); the user got a general message")]
    public static partial void CommandFailed(ILogger logger, string exceptionType, Exception exception);

    // 13x: delivery to one recipient, which never stops the others.
}
