namespace MeetingBot.Cli.Protocols;

/// <summary>The document kinds <c>protocol render</c> writes.</summary>
internal enum ProtocolDocumentFormat
{
    Markdown,
    Docx,
    Pdf,
}

internal static class ProtocolDocumentFormats
{
    /// <summary>The format asked for, or else the one the output file's extension names.</summary>
    /// <exception cref="CliException">For any other format, or none that can be told.</exception>
    public static ProtocolDocumentFormat Resolve(string? format, string outputName)
    {
        var name = format ?? Path.GetExtension(outputName).TrimStart('.');
        return name.ToUpperInvariant() switch
        {
            "MD" or "MARKDOWN" => ProtocolDocumentFormat.Markdown,
            "DOCX" => ProtocolDocumentFormat.Docx,
            "PDF" => ProtocolDocumentFormat.Pdf,
            _ when format is null => throw new CliException($"cannot tell the format from \"{outputName}\": give --format md, docx or pdf"),
            _ => throw new CliException($"unknown format \"{format}\": use --format md, docx or pdf"),
        };
    }
}
