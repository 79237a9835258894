using BenchmarkDotNet.Attributes;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Protocols.Import;
using MeetingBot.Core.Series;

namespace MeetingBot.Benchmarks;

/// <summary>Import of the reference protocol (target: under 2 ms) and the steps after it.</summary>
[MemoryDiagnoser]
public class ProtocolImportBenchmarks
{
    private byte[] seed = [];
    private Protocol protocol = null!;

    [GlobalSetup]
    public void Setup()
    {
        seed = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "protokoll-2025-05-kommundirektorer-2025-06-13.txt"));
        protocol = ProtocolImporter.Import(seed);
    }

    [Benchmark]
    public Protocol ImportSeedText() => ProtocolImporter.Import(seed);

    [Benchmark]
    public string SerializeSeedJson() => ProtocolJson.Serialize(protocol);

    [Benchmark]
    public IReadOnlyList<PlannedMeeting> PlanSeed2026() => MeetingPlan.FromProtocol(protocol, 2026);
}
