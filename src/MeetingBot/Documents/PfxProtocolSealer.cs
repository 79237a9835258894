using System.Security.Cryptography.X509Certificates;

namespace MeetingBot.Documents;

/// <summary>Seals with a certificate from a PFX file (<c>Signing:CertificatePath</c>), loaded on first use and kept.</summary>
internal sealed class PfxProtocolSealer(string path, string? password, ILogger<PfxProtocolSealer> logger) : IProtocolSealer, IDisposable
{
    private readonly Lazy<X509Certificate2> certificate = new(() => SigningCertificates.LoadPfx(path, password));

    public async Task<SealResult> SealAsync(Stream pdf, Stream output, CancellationToken ct)
    {
        var result = await PdfSeal.SealAsync(certificate.Value, pdf, output, ct).ConfigureAwait(false);
        DocumentsLog.Sealed(logger, result.SignerSubject!);
        return result;
    }

    public void Dispose()
    {
        if (certificate.IsValueCreated)
        {
            certificate.Value.Dispose();
        }
    }
}
