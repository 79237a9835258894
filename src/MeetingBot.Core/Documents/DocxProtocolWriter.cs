using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Documents;

/// <summary>
/// Writes a protocol as a Word document (.docx) in the seed's layout: Word's own heading styles,
/// the attendance in a borderless two-column table and an att-clause's list as a real bulleted list.
/// </summary>
/// <remarks>
/// The package needs a readable, seekable stream; any other writable stream (a pipe, a response
/// body) is served through an in-memory copy. The stream is left open and positioned after the document.
/// </remarks>
public static class DocxProtocolWriter
{
    public static void Write(Protocol protocol, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(stream);

        if (stream is { CanSeek: true, CanRead: true, CanWrite: true })
        {
            WritePackage(protocol, stream);
            return;
        }

        using var buffer = new MemoryStream();
        WritePackage(protocol, buffer);
        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    private static void WritePackage(Protocol protocol, Stream stream)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = $"{ProtocolLayout.Heading(protocol)} {protocol.Title}";
        document.PackageProperties.Language = "sv-SE";

        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = DocxNumbering.Create();
        main.Document = new Document(new Body([.. Blocks(protocol), DocxBlocks.A4Section()]));
    }

    private static IEnumerable<OpenXmlElement> Blocks(Protocol protocol) =>
        ProtocolOutline.Blocks(protocol).Select(Block);

    private static OpenXmlElement Block(OutlineBlock block) => block.Kind switch
    {
        OutlineKind.Title => DocxBlocks.Styled(DocxStyles.Title, block.Text),
        OutlineKind.Subtitle => DocxBlocks.Styled(DocxStyles.Subtitle, block.Text),
        OutlineKind.Heading1 => DocxBlocks.Styled(DocxStyles.Heading1, block.Text),
        OutlineKind.Heading2 => DocxBlocks.Styled(DocxStyles.Heading2, block.Text),
        OutlineKind.Labelled => DocxBlocks.Labelled(block.Label!, block.Text),
        OutlineKind.People => DocxBlocks.People(block.Names),
        OutlineKind.ListEntry => DocxBlocks.ListEntry(block.Text),
        OutlineKind.Closing => DocxBlocks.Closing(block.Text),
        _ => DocxBlocks.Plain(block.Text),
    };
}
