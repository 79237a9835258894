using System.Security.Cryptography.X509Certificates;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf.Signatures;

namespace MeetingBot.Documents;

/// <summary>
/// Signs a PDF with a certificate through PDFsharp's signing support: an invisible signature field
/// whose byte range covers the whole file except the signature itself, under the PAdES SubFilter
/// ETSI.CAdES.detached (<see cref="PadesSubFilter"/>).
/// </summary>
/// <remarks>
/// PDFsharp re-writes the document it signs (no incremental update): the pages and their content
/// streams are carried over untouched, but the file's bytes are not those of the input.
/// </remarks>
internal static class PdfSeal
{
    public static async Task<SealResult> SealAsync(X509Certificate2 certificate, Stream pdf, Stream output, CancellationToken ct)
    {
        if (!certificate.HasPrivateKey)
        {
            throw new ProtocolSealingException($"the certificate {certificate.Subject} has no private key");
        }

        using var input = new MemoryStream();
        await pdf.CopyToAsync(input, ct).ConfigureAwait(false);
        input.Position = 0;
        PdfDocument document;
        try
        {
            document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        }
        // PDFsharp's reader throws NotImplementedException for PDF features it does not support (some
        // encryption and cross-reference forms): that input is refused with one line, like a broken file.
        catch (Exception ex) when (ex is PdfReaderException or InvalidOperationException or FormatException or NotImplementedException or IOException)
        {
            throw new ProtocolSealingException($"the PDF could not be read: {ex.Message}", ex);
        }

        using (document)
        {
            var signer = new CadesSigner(certificate);
            DigitalSignatureHandler.ForDocument(document, signer, new DigitalSignatureOptions
            {
                Reason = "Elektronisk stämpel (e-sigill) för justerat protokoll",
                AppName = "MeetingBot",
            });

            using var sealedPdf = new MemoryStream();
            await document.SaveAsync(sealedPdf, closeStream: false).ConfigureAwait(false);
            var bytes = sealedPdf.ToArray();
            PadesSubFilter.Apply(bytes, signer);
            await output.WriteAsync(bytes, ct).ConfigureAwait(false);
        }

        return new SealResult(SealStatus.Sealed, certificate.Subject);
    }
}
