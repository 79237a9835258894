using MeetingBot.Calendar.Graph;
using MeetingBot.Telemetry;
using MeetingBot.Tests.Calendar.Graph;
using MeetingBot.Testing;
using MeetingBot.Tests.Calendar.Graph.Fake;

namespace MeetingBot.Tests.Telemetry;

/// <summary>The Graph counters, read while the adapter talks to the local fake Graph.</summary>
[Collection(nameof(MetricsCollection))]
public sealed class GraphCallMetricsTests : IAsyncLifetime
{
    private FakeGraphServer graph = null!;

    public async Task InitializeAsync() => graph = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await graph.DisposeAsync();

    [Fact]
    public async Task GraphCall_ThrottledOnceThenAnswered_CountsThe429AndTheSdkRetry()
    {
        using var recorder = new MetricRecorder(MeetingBotMetrics.Name);
        graph.ThrottleNext = 1;

        var events = await Calendar().ListAsync(Series2026.Definition.SeriesId, CancellationToken.None);

        Assert.Empty(events);
        var calls = recorder.Of("meetingbot.graph.calls");
        Assert.Equal(2, calls.Count);
        Assert.Equal(("GET", 429, false), (calls[0]["http.request.method"], calls[0]["http.response.status_code"], calls[0]["graph.retry"]));
        Assert.Equal(("GET", 200, true), (calls[1]["http.request.method"], calls[1]["http.response.status_code"], calls[1]["graph.retry"]));
    }

    [Fact]
    public async Task BatchItems_OneForbidden_CountedByStatus()
    {
        using var recorder = new MetricRecorder(MeetingBotMetrics.Name);
        graph.Mailbox.Faults[new DateOnly(2026, 5, 22)] = ItemFault.Forbidden();

        var result = await Calendar().CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);

        Assert.Single(result.Failures);
        var items = recorder.Of("meetingbot.graph.batch_items");
        Assert.Equal(9, items.Count(m => Equals(m["http.response.status_code"], 201)));
        Assert.Single(items, m => Equals(m["http.response.status_code"], 403));
    }

    private GraphSeriesCalendar Calendar() => new(graph.CreateClient(), Series2026.Mailbox, TimeProvider.System);
}
