using BenchmarkDotNet.Attributes;
using MeetingBot.Core.Documents;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Protocols.Import;

namespace MeetingBot.Benchmarks;

/// <summary>Import and rendering of the customer's reference protocol (issue 2 targets: import under 2 ms, docx under 30 ms).</summary>
[MemoryDiagnoser]
public class ProtocolBenchmarks
{
    private byte[] seedFile = [];
    private Protocol protocol = null!;

    [GlobalSetup]
    public void Setup()
    {
        seedFile = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "protokoll-2025-05-kommundirektorer-2025-06-13.txt"));
        protocol = ProtocolImporter.Import(seedFile);
    }

    [Benchmark]
    public Protocol ImportSeedText() => ProtocolImporter.Import(seedFile);

    [Benchmark]
    public long RenderDocx()
    {
        using var stream = new MemoryStream();
        DocxProtocolWriter.Write(protocol, stream);
        return stream.Length;
    }

    [Benchmark]
    public int RenderMarkdown() => MarkdownProtocolWriter.Render(protocol).Length;
}
