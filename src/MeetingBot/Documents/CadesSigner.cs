using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using PdfSharp.Pdf.Signatures;

namespace MeetingBot.Documents;

/// <summary>
/// Makes the CMS that goes into the PDF's signature: detached, SHA-256, the certificate included,
/// and the signed attributes PAdES baseline B asks for (content type, message digest and ESS
/// signing-certificate-v2, but no signing-time: the signing time is the signature dictionary's /M).
/// PDFsharp writes it under the SubFilter adbe.pkcs7.detached, which it does not let us change;
/// <see cref="PadesSubFilter"/> turns the saved file into ETSI.CAdES.detached and signs it again.
/// </summary>
internal sealed class CadesSigner(X509Certificate2 certificate) : IDigitalSigner
{
    // Enough for the CMS of an RSA 4096 or EC certificate with a short chain; unused room is zero padding.
    private const int ReservedSize = 12 * 1024;
    private const string SigningCertificateV2Oid = "1.2.840.113549.1.9.16.2.47";

    public string CertificateName => certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);

    public Task<int> GetSignatureSizeAsync() => Task.FromResult(ReservedSize);

    public Task<byte[]> GetSignatureAsync(Stream stream)
    {
        // PDFsharp hands a RangedStream over the signed byte ranges: CanSeek throws (so CopyToAsync fails)
        // and only a read of its whole Length from position 0 returns the ranges; a chunked read at the
        // writer's end position returns nothing.
        var content = new byte[stream.Length];
        stream.Position = 0;
        var read = stream.Read(content, 0, content.Length);
        if (read != content.Length)
        {
            throw new ProtocolSealingException($"The PDF's signed range gave {read} of {content.Length} bytes.");
        }

        return Task.FromResult(Sign(content));
    }

    /// <summary>The detached CMS over <paramref name="content"/>, the PDF's signed byte ranges.</summary>
    public byte[] Sign(byte[] content)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(new AsnEncodedData(SigningCertificateV2Oid, SigningCertificateV2(certificate)));
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }

    /// <summary>SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } with the SHA-256 default left out (RFC 5035).</summary>
    private static byte[] SigningCertificateV2(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(certificate.RawData));
        }

        return writer.Encode();
    }
}
