using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MeetingBot.BotFramework.Diagnostics;

/// <summary>
/// The protocol library's meter and activity source, both named <see cref="Name"/>: a host that
/// exports telemetry adds them by that name. Tags are bounded (types, reasons, status codes), never ids or text.
/// </summary>
public static class BotFrameworkTelemetry
{
    public const string Name = "MeetingBot.BotFramework";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);
    private static readonly Counter<long> Received = Meter.CreateCounter<long>("botframework.activities.received", description: "Authenticated activities, by type.");
    private static readonly Counter<long> AuthenticationFailures = Meter.CreateCounter<long>("botframework.authentication.failures", description: "Requests refused with 401, by reason.");
    private static readonly Histogram<double> InvokeDuration = Meter.CreateHistogram<double>("botframework.invoke.duration", unit: "s", description: "Time to answer an invoke, by name and status.");
    private static readonly Counter<long> ConnectorCalls = Meter.CreateCounter<long>("botframework.connector.calls", description: "Connector HTTP attempts, by method and status (429 = throttled).");
    private static readonly Counter<long> ConnectorRetries = Meter.CreateCounter<long>("botframework.connector.retries", description: "Connector attempts retried, by method and status (0 = no response).");

    internal static void ActivityReceived(string type) => Received.Add(1, new KeyValuePair<string, object?>("activity.type", type));

    internal static void AuthenticationFailed(string reason) => AuthenticationFailures.Add(1, new KeyValuePair<string, object?>("reason", ReasonTag(reason)));

    internal static void InvokeAnswered(string? name, int status, TimeSpan duration) =>
        InvokeDuration.Record(duration.TotalSeconds, new("invoke.name", name ?? string.Empty), new("http.response.status_code", status));

    internal static void ConnectorCall(string method, int status) =>
        ConnectorCalls.Add(1, new("http.request.method", method), new("http.response.status_code", status));

    internal static void ConnectorRetry(string method, int status) =>
        ConnectorRetries.Add(1, new("http.request.method", method), new("http.response.status_code", status));

    /// <summary>
    /// The fixed part of a failure reason ("unknown signing key 'abc' after refresh" → "unknown signing key"),
    /// so kids, addresses and exception messages never become metric dimensions.
    /// </summary>
    internal static string ReasonTag(string reason)
    {
        var end = reason.Length;
        foreach (var stop in new[] { ":", "'", " from " })
        {
            var at = reason.IndexOf(stop, StringComparison.Ordinal);
            if (at >= 0 && at < end)
            {
                end = at;
            }
        }

        return reason[..end].Trim();
    }
}
