using MeetingBot.Core.Protocols;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MeetingBot.Core.Documents;

/// <summary>
/// Writes a protocol as a PDF in the seed's layout, block for block as the Word document
/// (<see cref="ProtocolOutline"/>), in DejaVu Sans embedded from this assembly. With a
/// <see cref="SignaturePage"/> the document ends with an "Underskriftssida" naming each signatory.
/// </summary>
/// <remarks>
/// The document is made in memory and then written to <c>output</c>, which is left open. The
/// creation date comes from <c>clock</c> (the system clock when none is given). PDFsharp's
/// font resolver is process-wide: the first PDF made installs this assembly's, and it is safe to
/// call from several threads.
/// </remarks>
public static class PdfProtocolWriter
{
    private const double BodySize = 10.5;

    public static void Write(Protocol protocol, Stream output, SignaturePage? signaturePage = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(output);
        PdfFonts.EnsureInstalled();

        using var document = new PdfDocument();
        document.Info.Title = $"{ProtocolLayout.Heading(protocol)} {protocol.Title}";
        document.Info.Creator = "MeetingBot";
        document.Info.CreationDate = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        document.Options.CompressContentStreams = true;
        document.PageLayout = PdfPageLayout.SinglePage;

        var fonts = new Fonts();
        using (var flow = new PdfPageFlow(document))
        {
            foreach (var block in ProtocolOutline.Blocks(protocol))
            {
                Block(flow, fonts, block);
            }

            if (signaturePage is not null)
            {
                PdfSignaturePage.Write(flow, fonts.Heading1, fonts.Body, fonts.Bold, signaturePage);
            }

            flow.NumberPages(fonts.Footer);
        }

        document.Save(output, closeStream: false);
    }

    private static void Block(PdfPageFlow flow, Fonts fonts, OutlineBlock block)
    {
        switch (block.Kind)
        {
            case OutlineKind.Title:
                flow.KeepTogether(fonts.Title.GetHeight() * 4);
                flow.Paragraph([new PdfRun(block.Text, fonts.Title)]);
                flow.Space(4);
                break;
            case OutlineKind.Subtitle:
                flow.Paragraph([new PdfRun(block.Text, fonts.Subtitle)]);
                flow.Space(8);
                break;
            case OutlineKind.Heading1:
                flow.Space(12);
                // A heading is never left alone at the foot of a page.
                flow.KeepTogether(fonts.Heading1.GetHeight() + (3 * fonts.Body.GetHeight()));
                flow.Paragraph([new PdfRun(block.Text, fonts.Heading1)]);
                flow.Space(4);
                break;
            case OutlineKind.Heading2:
                flow.Space(6);
                flow.KeepTogether(fonts.Bold.GetHeight() + (2 * fonts.Body.GetHeight()));
                flow.Paragraph([new PdfRun(block.Text, fonts.Bold)]);
                flow.Space(3);
                break;
            case OutlineKind.Labelled:
                flow.Paragraph([new PdfRun(block.Label!, fonts.Bold), new PdfRun(block.Text, fonts.Body)]);
                flow.Space(4);
                break;
            case OutlineKind.People:
                flow.Columns(block.Names, fonts.Body);
                break;
            case OutlineKind.ListEntry:
                flow.Paragraph([new PdfRun(block.Text, fonts.Body)], indent: 24, marker: "–");
                flow.Space(1);
                break;
            case OutlineKind.Closing:
                flow.Space(18);
                flow.Paragraph([new PdfRun(block.Text, fonts.Bold)]);
                break;
            default:
                flow.Paragraph([new PdfRun(block.Text, fonts.Body)]);
                flow.Space(4);
                break;
        }
    }

    /// <summary>The document's fonts, made once per document.</summary>
    internal sealed class Fonts
    {
        public XFont Title { get; } = new(PdfFonts.Family, 20, XFontStyleEx.Bold);

        public XFont Subtitle { get; } = new(PdfFonts.Family, 14, XFontStyleEx.Bold);

        public XFont Heading1 { get; } = new(PdfFonts.Family, 12.5, XFontStyleEx.Bold);

        public XFont Body { get; } = new(PdfFonts.Family, BodySize, XFontStyleEx.Regular);

        public XFont Bold { get; } = new(PdfFonts.Family, BodySize, XFontStyleEx.Bold);

        public XFont Footer { get; } = new(PdfFonts.Family, 8.5, XFontStyleEx.Regular);
    }
}
