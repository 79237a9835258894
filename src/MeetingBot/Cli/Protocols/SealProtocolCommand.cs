using System.CommandLine;
using MeetingBot.Documents;

namespace MeetingBot.Cli.Protocols;

/// <summary>
/// <c>protocol seal IN.pdf --certificate FILE.pfx -o OUT.pdf</c>: signs a PDF with the organisation's
/// certificate, the password taken from <c>MEETINGBOT_SIGNING_PASSWORD</c> so it never shows in a process list.
/// </summary>
internal static class SealProtocolCommand
{
    public const string PasswordVariable = "MEETINGBOT_SIGNING_PASSWORD";

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The PDF to seal." };
        var certificate = new Option<FileInfo?>("--certificate", "-c") { Description = $"The PFX file with the certificate and its private key; the password is read from {PasswordVariable}." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "The sealed PDF to write; an existing file is replaced." };
        var command = new Command("seal", "Seal a protocol PDF with a digital signature (an e-seal).") { file, certificate, output };
        command.SetAction(async (parse, ct) =>
        {
            var input = parse.GetRequiredValue(file);
            var pfx = parse.GetValue(certificate) ?? throw new CliException("missing --certificate FILE.pfx: name the certificate to seal with");
            var target = parse.GetValue(output) ?? throw new CliException("missing -o OUT: name the sealed PDF to write");
            if (!input.Exists)
            {
                throw new CliException($"no such file: {input.FullName}");
            }

            try
            {
                using var key = SigningCertificates.LoadPfx(pfx.FullName, Environment.GetEnvironmentVariable(PasswordVariable));
                await using var source = input.OpenRead();
                using var sealedPdf = new MemoryStream();
                var result = await PdfSeal.SealAsync(key, source, sealedPdf, ct);
                // Written only once sealed, so a failure never leaves half a PDF behind.
                await File.WriteAllBytesAsync(target.FullName, sealedPdf.ToArray(), ct);
                await parse.InvocationConfiguration.Output.WriteLineAsync($"Sealed {target.Name} with {result.SignerSubject}.");
            }
            catch (ProtocolSealingException ex)
            {
                throw new CliException(ex.Message);
            }

            return 0;
        });
        return command;
    }
}
