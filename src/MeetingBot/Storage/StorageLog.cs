namespace MeetingBot.Storage;

internal static partial class StorageLog
{
    [LoggerMessage(EventId = 8001, Level = LogLevel.Warning, Message = "Member {MemberId} is linked to another Entra id than the one that signed in with their e-mail; not moved, the roster needs a look")]
    public static partial void LinkRefused(ILogger logger, int memberId);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Debug, Message = "A concurrent turn linked the same Entra id first")]
    public static partial void LinkRaced(ILogger logger);
}
