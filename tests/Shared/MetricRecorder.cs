using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace MeetingBot.Testing;

/// <summary>One measurement of a counter or histogram, with its tags.</summary>
internal sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags)
{
    public object? this[string tag] => Tags.TryGetValue(tag, out var value) ? value : null;
}

/// <summary>
/// Listens to the named meter's instruments while alive (long counters and double histograms).
/// Shared source: linked into each test project that reads meters. Meters are process-wide, so tests using this
/// belong to <see cref="MetricsCollection"/>, which runs alone.
/// </summary>
internal sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<Measurement> measurements = new();

    public MetricRecorder(string meterName)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == meterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.Start();
    }

    public IReadOnlyList<Measurement> Of(string instrument) => [.. measurements.Where(m => m.Instrument == instrument)];

    public void Dispose() => listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        measurements.Enqueue(new Measurement(instrument.Name, value, copy));
    }
}

/// <summary>Tests that read process-wide meters: run after the parallel tests, one at a time.</summary>
[CollectionDefinition(nameof(MetricsCollection), DisableParallelization = true)]
public sealed class MetricsCollection;
