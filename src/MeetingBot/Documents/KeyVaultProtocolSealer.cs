using Azure;
using Azure.Security.KeyVault.Certificates;

namespace MeetingBot.Documents;

/// <summary>
/// Seals with the certificate <c>Signing:CertificateName</c> in the Key Vault <c>Signing:KeyVaultUri</c>.
/// The certificate and its key are fetched for each seal (justering is rare, and a renewed
/// certificate is then used at once); the app's identity needs Key Vault Certificate User and
/// Key Vault Secrets User, since the private key is served as the certificate's secret.
/// </summary>
internal sealed class KeyVaultProtocolSealer(CertificateClient client, string certificateName, ILogger<KeyVaultProtocolSealer> logger) : IProtocolSealer
{
    public async Task<SealResult> SealAsync(Stream pdf, Stream output, CancellationToken ct)
    {
        System.Security.Cryptography.X509Certificates.X509Certificate2 certificate;
        try
        {
            certificate = await client.DownloadCertificateAsync(certificateName, cancellationToken: ct).ConfigureAwait(false);
        }
        catch (RequestFailedException ex)
        {
            throw new ProtocolSealingException($"the certificate {certificateName} could not be read from {client.VaultUri} ({ex.Status} {ex.ErrorCode})", ex);
        }

        using (certificate)
        {
            var result = await PdfSeal.SealAsync(certificate, pdf, output, ct).ConfigureAwait(false);
            DocumentsLog.Sealed(logger, result.SignerSubject!);
            return result;
        }
    }
}
