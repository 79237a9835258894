using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BenchmarkDotNet.Attributes;
using MeetingBot.Documents;
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
    private byte[] pdf = null!;
    private X509Certificate2 certificate = null!;

    [GlobalSetup]
    public void Setup()
    {
        protocol = ProtocolImporter.Import(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "protokoll-2025-05-kommundirektorer-2025-06-13.txt")));
        using var stream = new MemoryStream();
        PdfProtocolWriter.Write(protocol, stream);
        pdf = stream.ToArray();
        using var key = RSA.Create(2048);
        certificate = new CertificateRequest("CN=Benchmark seal", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddDays(1));
    }

    [GlobalCleanup]
    public void Cleanup() => certificate.Dispose();

    /// <summary>The seed as PDF (issue 15); the returned length is the PDF's size in bytes.</summary>
    [Benchmark]
    public long RenderPdf()
    {
        using var stream = new MemoryStream();
        PdfProtocolWriter.Write(protocol, stream);
        return stream.Length;
    }

    /// <summary>Sealing the rendered seed with an RSA 2048 certificate.</summary>
    [Benchmark]
    public async Task<long> SealPdf()
    {
        using var input = new MemoryStream(pdf);
        using var output = new MemoryStream();
        await PdfSeal.SealAsync(certificate, input, output, CancellationToken.None);
        return output.Length;
    }

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
