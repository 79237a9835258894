namespace MeetingBot.Outlook;

internal static partial class OutlookLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Outlook task pane token refused: {Reason}")]
    public static partial void TokenRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Outlook task pane caller {ObjectId} is not on the roster")]
    public static partial void NotOnRoster(ILogger logger, string objectId);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Outlook is not configured (Outlook:TenantId, Outlook:ClientId, Outlook:ApplicationIdUri): the task pane's API is off")]
    public static partial void NotConfigured(ILogger logger);
}
