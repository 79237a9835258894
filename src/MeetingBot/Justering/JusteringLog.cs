using MeetingBot.Core.Justering;

namespace MeetingBot.Justering;

internal static partial class JusteringLog
{
    [LoggerMessage(EventId = 15701, Level = LogLevel.Information, Message = "Protocol {Reference} version {Version} made for justering, SHA-256 {Sha256}")]
    public static partial void VersionCreated(ILogger logger, string reference, int version, string sha256);

    [LoggerMessage(EventId = 15702, Level = LogLevel.Information, Message = "Protocol {Reference} version {Version}: member {MemberId} answered {Verdict}")]
    public static partial void Answered(ILogger logger, string reference, int version, int memberId, JusteringVerdict verdict);

    [LoggerMessage(EventId = 15703, Level = LogLevel.Information, Message = "Protocol {Reference} is justerat (version {Version}); the final PDF is sealed")]
    public static partial void Justerat(ILogger logger, string reference, int version);

    [LoggerMessage(EventId = 15704, Level = LogLevel.Warning, Message = "Protocol {Reference} is justerat (version {Version}), but the final PDF is NOT sealed: no signing certificate is configured (Signing:*)")]
    public static partial void JusteratUnsealed(ILogger logger, string reference, int version);

    [LoggerMessage(EventId = 15705, Level = LogLevel.Warning, Message = "Justering message to member {MemberId} could not be delivered")]
    public static partial void NotDelivered(ILogger logger, int memberId);
}
