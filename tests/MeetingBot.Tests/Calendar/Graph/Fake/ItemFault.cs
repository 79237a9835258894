using System.Text.Json.Nodes;

namespace MeetingBot.Tests.Calendar.Graph.Fake;

/// <summary>A scripted failure for a create of one date: status, item headers and body, for so many attempts.</summary>
internal sealed record ItemFault(int Status, JsonObject Body, IReadOnlyDictionary<string, string> Headers, int Times = 1)
{
    public static ItemFault Throttled(string retryAfter, int times = 1) =>
        new(429, GraphFixtures.Throttled, new Dictionary<string, string> { ["Retry-After"] = retryAfter }, times);

    public static ItemFault Forbidden() => new(403, GraphFixtures.Forbidden, new Dictionary<string, string>(), int.MaxValue);
}
