using Microsoft.Kiota.Abstractions;

namespace MeetingBot.Calendar.Graph;

internal static class GraphHeaders
{
    public const string TimeZone = MeetingBot.Core.Series.StockholmTime.WindowsId;

    /// <summary>
    /// Times come back in Stockholm's zone instead of UTC, and ids stay stable when an item moves
    /// between folders. Double quotes: single quotes have produced 500s.
    /// </summary>
    public static void AddPrefer(RequestHeaders headers)
    {
        headers.Add("Prefer", $"outlook.timezone=\"{TimeZone}\"");
        headers.Add("Prefer", "IdType=\"ImmutableId\"");
    }
}
