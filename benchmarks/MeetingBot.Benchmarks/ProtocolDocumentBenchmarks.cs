using BenchmarkDotNet.Attributes;
using MeetingBot.Core.Documents;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Protocols.Import;

namespace MeetingBot.Benchmarks;

/// <summary>
/// Rendering the customer's reference protocol (issue 2 target: docx under 30 ms). Its import is
/// measured in <see cref="ProtocolImportBenchmarks"/>; <c>--filter '*Protocol*'</c> runs both.
/// </summary>
[MemoryDiagnoser]
public class ProtocolDocumentBenchmarks
{
    private Protocol protocol = null!;

    [GlobalSetup]
    public void Setup() =>
        protocol = ProtocolImporter.Import(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "protokoll-2025-05-kommundirektorer-2025-06-13.txt")));

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
