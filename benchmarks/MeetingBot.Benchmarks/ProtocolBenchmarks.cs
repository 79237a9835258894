using BenchmarkDotNet.Attributes;
using MeetingBot.Core.Documents;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Tests.Documents;

namespace MeetingBot.Benchmarks;

/// <summary>Rendering the customer's reference protocol (issue 2 targets: docx under 30 ms).</summary>
[MemoryDiagnoser]
public class ProtocolBenchmarks
{
    private Protocol protocol = null!;

    [GlobalSetup]
    public void Setup() => protocol = SeedProtocol.Value;

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
