namespace MeetingBot.Tests.Calendar.Graph.Fake;

/// <summary>One HTTP request as the fake received it (a $batch counts once, whatever it carries).</summary>
internal sealed record RecordedRequest(string Method, string PathAndQuery, string Body, IReadOnlyList<string> Prefer);
