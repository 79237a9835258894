using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MeetingBot.Telemetry;

/// <summary>
/// The app's own meter and activity source (names <see cref="Name"/>), exported by the OpenTelemetry
/// pipeline in <see cref="TelemetryRegistration"/>. Static because the instruments are process-wide,
/// as OpenTelemetry expects; the protocol library has its own (<c>MeetingBot.BotFramework</c>).
/// Graph calls are counted per attempt, SDK retries marked, and per item of a <c>$batch</c> (whose
/// items the SDK never retries); their durations come from the HttpClient instrumentation.
/// </summary>
internal static class MeetingBotMetrics
{
    public const string Name = "MeetingBot";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);
    private static readonly Counter<long> JobsRun = Meter.CreateCounter<long>("meetingbot.jobs.run", description: "Scheduled jobs finished, by kind and outcome (done, dropped, retry, failed, handed_back).");
    private static readonly Counter<long> Deliveries = Meter.CreateCounter<long>("meetingbot.jobs.deliveries", description: "Fan-out messages, by kind and outcome (sent, already_sent, ambiguous, refused).");
    private static readonly Histogram<double> JobDuration = Meter.CreateHistogram<double>("meetingbot.jobs.duration", unit: "s", description: "Time to run a scheduled job.");
    private static readonly Counter<long> GraphCalls = Meter.CreateCounter<long>("meetingbot.graph.calls", description: "Graph HTTP attempts, by method, status (429 = throttled, 0 = no response) and whether the SDK was retrying.");
    private static readonly Counter<long> GraphBatchItems = Meter.CreateCounter<long>("meetingbot.graph.batch_items", description: "Items answered inside Graph $batch responses, by status (429 = throttled, resent by us).");
    private static readonly Counter<long> Answers = Meter.CreateCounter<long>("meetingbot.answers.recorded", description: "Attendance answers recorded, by source (card, outlook, chat).");

    public static void JobFinished(string kind, string outcome, TimeSpan duration)
    {
        JobsRun.Add(1, new("job.kind", kind), new("job.outcome", outcome));
        JobDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("job.kind", kind));
    }

    public static void Delivery(string kind, string outcome) =>
        Deliveries.Add(1, new("job.kind", kind), new("delivery.outcome", outcome));

    public static void GraphCall(string method, int status, bool retry) =>
        GraphCalls.Add(1, new("http.request.method", method), new("http.response.status_code", status), new("graph.retry", retry));

    public static void GraphBatchItem(int status) =>
        GraphBatchItems.Add(1, new KeyValuePair<string, object?>("http.response.status_code", status));

    /// <summary>For the attendance service: call once per answer stored, with where it came from.</summary>
    public static void AnswerRecorded(string source) => Answers.Add(1, new KeyValuePair<string, object?>("answer.source", source));
}
