namespace MeetingBot.Playground;

internal static partial class PlaygroundLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning,
        Message = "Exempeldata: loaded sample protocol {Reference}, {Members} made-up roster members (@exempel.invalid) and {Meetings} meetings of the {Year} series into an empty database. Start with --no-sample to skip.")]
    public static partial void SampleDataLoaded(ILogger logger, string reference, int members, int meetings, int year);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Playground: open {Address} in a browser.")]
    public static partial void PlaygroundReady(ILogger logger, string address);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Local connector refused a call: {Reason}.")]
    public static partial void ConnectorRefused(ILogger logger, string reason);
}
