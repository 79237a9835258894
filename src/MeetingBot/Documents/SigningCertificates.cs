using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MeetingBot.Documents;

/// <summary>Loads the sealing certificate from a PFX file, turning every way that fails into one clear message.</summary>
internal static class SigningCertificates
{
    public static X509Certificate2 LoadPfx(string path, string? password)
    {
        if (!File.Exists(path))
        {
            throw new ProtocolSealingException($"no such certificate file: {Path.GetFullPath(path)}");
        }

        X509Certificate2 certificate;
        try
        {
            // Ephemeral: the private key stays in this process's memory and is never written to a key store.
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException ex)
        {
            throw new ProtocolSealingException($"{Path.GetFileName(path)} could not be opened as a PFX certificate (wrong password, or not a PFX file): {ex.Message}", ex);
        }

        if (!certificate.HasPrivateKey)
        {
            var subject = certificate.Subject;
            certificate.Dispose();
            throw new ProtocolSealingException($"{Path.GetFileName(path)} holds the certificate {subject} but not its private key");
        }

        return certificate;
    }
}
