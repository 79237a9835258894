using System.Text;

namespace MeetingBot.Core.Protocols.Import;

/// <summary>
/// Reads a protocol file as it arrives: a PDF (recognised by its "%PDF" signature) or UTF-8 text.
/// Everything else, and any file that does not read as a protocol, is a <see cref="DomainException"/>
/// with a one-line message naming what is missing.
/// </summary>
public static class ProtocolImporter
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Protocol Import(ReadOnlyMemory<byte> content) => ProtocolTextParser.Parse(ToText(content));

    /// <summary>The text a protocol file holds, before parsing.</summary>
    public static string ToText(ReadOnlyMemory<byte> content)
    {
        var bytes = content.Span;
        if (bytes.IsEmpty)
        {
            throw new DomainException("the file is empty");
        }

        if (PdfTextExtractor.IsPdf(bytes))
        {
            return PdfTextExtractor.Extract(content);
        }

        if (bytes.Contains((byte)0))
        {
            throw new DomainException("the file is binary, not a protocol (expected a PDF or UTF-8 text)");
        }

        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new DomainException("the file is not UTF-8 text (save the protocol as UTF-8, or give the PDF)", ex);
        }
    }
}
