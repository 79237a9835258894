namespace MeetingBot.Meetings;

internal static partial class MeetingsLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Could not read the calendar of series {SeriesKey}; meetings are kept without their calendar links")]
    public static partial void CalendarUnreadable(ILogger logger, string seriesKey, Exception exception);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Outlook replies of series {SeriesKey}: {Recorded} recorded, {Unknown} from addresses not on the roster")]
    public static partial void OutlookRepliesRecorded(ILogger logger, string seriesKey, int recorded, int unknown);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Protocol {Reference} finalised for meeting {MeetingId}")]
    public static partial void ProtocolFinalised(ILogger logger, string reference, int meetingId);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Could not set the place of meeting {MeetingId} in the calendar; the stored meeting has it")]
    public static partial void CalendarPlaceFailed(ILogger logger, int meetingId, Exception exception);
}
