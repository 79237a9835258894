using System.CommandLine;
using System.Text;
using MeetingBot.Core.Documents;

namespace MeetingBot.Cli.Protocols;

/// <summary>
/// <c>protocol render FILE --format md|docx|pdf -o OUT</c>: reads a protocol (its text layer or the
/// signed PDF) and writes it as a document in the signed protocols' layout.
/// </summary>
internal static class RenderProtocolCommand
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The protocol: a PDF, or its text layer as UTF-8 text." };
        var format = new Option<string?>("--format", "-f") { Description = "md, docx or pdf; when left out, taken from the extension of the output file." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "The document to write; an existing file is replaced." };
        var command = new Command("render", "Write a protocol as a Markdown, Word or PDF document in the signed protocols' layout.")
        {
            file, format, output,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetRequiredValue(file), parse.GetValue(format), parse.GetValue(output), ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, string? format, FileInfo? output, CancellationToken cancellationToken)
    {
        if (output is null)
        {
            throw new CliException("missing -o OUT: name the document to write");
        }

        var documentFormat = ProtocolDocumentFormats.Resolve(format, output.Name);
        var protocol = await ProtocolFile.ReadAsync(file, cancellationToken);
        using var document = new MemoryStream();
        switch (documentFormat)
        {
            case ProtocolDocumentFormat.Markdown:
                await using (var writer = new StreamWriter(document, Utf8WithoutBom, leaveOpen: true))
                {
                    MarkdownProtocolWriter.Write(protocol, writer);
                }

                break;
            case ProtocolDocumentFormat.Docx:
                DocxProtocolWriter.Write(protocol, document);
                break;
            case ProtocolDocumentFormat.Pdf:
                PdfProtocolWriter.Write(protocol, document, signaturePage: null, TimeProvider.System);
                break;
        }

        // Rendered in memory first so that a failure never leaves half a document behind.
        await File.WriteAllBytesAsync(output.FullName, document.ToArray(), cancellationToken);
        return 0;
    }
}
