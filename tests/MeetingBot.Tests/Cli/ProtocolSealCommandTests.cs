using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MeetingBot.Core.Documents;
using MeetingBot.Core.Protocols.Import;
using MeetingBot.Testing;

namespace MeetingBot.Tests.Cli;

/// <summary><c>protocol seal</c> with a throwaway certificate, checked by poppler's pdfsig.</summary>
public sealed class ProtocolSealCommandTests : IDisposable
{
    private const string Password = "hemligt-lösen";
    private readonly string directory = Directory.CreateTempSubdirectory("meetingbot-seal-").FullName;

    [Fact]
    public async Task Seal_ThrowawayCertificate_PdfsigSaysTheSignatureIsValidAndCoversTheWholeDocument()
    {
        var (input, pfx) = await ArrangeAsync();
        var output = Path.Combine(directory, "sealed.pdf");

        var result = await SealAsync(input, pfx, output, Password);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("CN=MeetingBot test seal", result.Output, StringComparison.Ordinal);
        var check = await Poppler.RunAsync("pdfsig", output);
        Assert.Contains("Signature Validation: Signature is Valid.", check.Output, StringComparison.Ordinal);
        Assert.Contains("Total document signed", check.Output, StringComparison.Ordinal);
        Assert.Contains("Signing Hash Algorithm: SHA-256", check.Output, StringComparison.Ordinal);
        Assert.Contains("Signature Type: ETSI.CAdES.detached", check.Output, StringComparison.Ordinal);
        Assert.Equal(await Poppler.TextAsync(input), await Poppler.TextAsync(output));
    }

    [Fact]
    public async Task Seal_OneByteChangedInTheSignedRange_PdfsigSaysTheSignatureIsInvalid()
    {
        var (input, pfx) = await ArrangeAsync();
        var output = Path.Combine(directory, "sealed.pdf");
        await SealAsync(input, pfx, output, Password);
        var bytes = await File.ReadAllBytesAsync(output);

        // A byte inside the first content stream: the file still parses, only the digest differs.
        var position = IndexOf(bytes, "stream"u8.ToArray()) + 20;
        bytes[position] ^= 0x01;
        await File.WriteAllBytesAsync(output, bytes);

        var check = await Poppler.RunAsync("pdfsig", output);
        Assert.DoesNotContain("Signature is Valid", check.Output, StringComparison.Ordinal);
        Assert.Contains("Signature Validation:", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seal_WrongPassword_FailsWithOneLineAndWritesNothing()
    {
        var (input, pfx) = await ArrangeAsync();
        var output = Path.Combine(directory, "sealed.pdf");

        var result = await SealAsync(input, pfx, output, "fel");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: seal.pfx could not be opened as a PFX certificate (wrong password", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Seal_CertificateWithoutPrivateKey_FailsSayingSo()
    {
        var (input, _) = await ArrangeAsync();
        using var key = RSA.Create(2048);
        using var withKey = new CertificateRequest("CN=No key", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        using var publicOnly = X509CertificateLoader.LoadCertificate(withKey.RawData);
        var pfx = Path.Combine(directory, "public.pfx");
        await File.WriteAllBytesAsync(pfx, publicOnly.Export(X509ContentType.Pkcs12, Password));
        var output = Path.Combine(directory, "sealed.pdf");

        var result = await SealAsync(input, pfx, output, Password);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: public.pfx holds the certificate CN=No key but not its private key", result.Error.TrimEnd());
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("missing.pdf", "seal.pfx", "error: no such file: ")]
    [InlineData("protokoll.pdf", "missing.pfx", "error: no such certificate file: ")]
    public async Task Seal_MissingFile_FailsNamingIt(string pdfName, string pfxName, string expected)
    {
        await ArrangeAsync();
        var output = Path.Combine(directory, "sealed.pdf");

        var result = await SealAsync(Path.Combine(directory, pdfName), Path.Combine(directory, pfxName), output, Password);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(expected, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Seal_NotAPdf_FailsSayingSo()
    {
        var (_, pfx) = await ArrangeAsync();
        var input = Path.Combine(directory, "notes.pdf");
        await File.WriteAllTextAsync(input, "Inköpslista", Encoding.UTF8);

        var result = await SealAsync(input, pfx, Path.Combine(directory, "sealed.pdf"), Password);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: the PDF could not be read", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static Task<CliProcess.Result> SealAsync(string input, string pfx, string output, string password) =>
        CliProcess.RunAsync(
            new Dictionary<string, string> { ["MEETINGBOT_SIGNING_PASSWORD"] = password },
            "protocol", "seal", input, "--certificate", pfx, "-o", output);

    private async Task<(string Pdf, string Pfx)> ArrangeAsync()
    {
        var pdf = Path.Combine(directory, "protokoll.pdf");
        var protocol = ProtocolImporter.Import(await File.ReadAllBytesAsync(CliProcess.Fixture("protokoll-2025-05-kommundirektorer-2025-06-13.txt")));
        await using (var file = File.Create(pdf))
        {
            PdfProtocolWriter.Write(protocol, file);
        }

        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=MeetingBot test seal", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var pfx = Path.Combine(directory, "seal.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pkcs12, Password));
        return (pdf, pfx);
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
