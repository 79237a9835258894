using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MeetingBot.Telemetry;

/// <summary>
/// The app's own meter and activity source (names <see cref="Name"/>), exported by the OpenTelemetry
/// pipeline in <see cref="TelemetryRegistration"/>. Static because the instruments are process-wide,
/// as OpenTelemetry expects; the protocol library has its own (<c>MeetingBot.BotFramework</c>).
/// Graph calls, their 429s and the SDK's retries are measured by the HttpClient instrumentation
/// (<c>http.client.request.duration</c> by <c>server.address</c> and status), one point per attempt.
/// </summary>
internal static class MeetingBotMetrics
{
    public const string Name = "MeetingBot";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);
    private static readonly Counter<long> JobsRun = Meter.CreateCounter<long>("meetingbot.jobs.run", description: "Scheduled jobs finished, by kind and outcome (done, dropped, retry, failed, handed_back).");
    private static readonly Counter<long> Deliveries = Meter.CreateCounter<long>("meetingbot.jobs.deliveries", description: "Fan-out messages, by kind and outcome (sent, already_sent, ambiguous, refused).");
    private static readonly Histogram<double> JobDuration = Meter.CreateHistogram<double>("meetingbot.jobs.duration", unit: "s", description: "Time to run a scheduled job.");
    private static readonly Counter<long> Answers = Meter.CreateCounter<long>("meetingbot.answers.recorded", description: "Attendance answers recorded, by source (card, outlook, chat).");

    public static void JobFinished(string kind, string outcome, TimeSpan duration)
    {
        JobsRun.Add(1, new("job.kind", kind), new("job.outcome", outcome));
        JobDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("job.kind", kind));
    }

    public static void Delivery(string kind, string outcome) =>
        Deliveries.Add(1, new("job.kind", kind), new("delivery.outcome", outcome));

    /// <summary>For the attendance service: call once per answer stored, with where it came from.</summary>
    public static void AnswerRecorded(string source) => Answers.Add(1, new KeyValuePair<string, object?>("answer.source", source));
}
