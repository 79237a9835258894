using MeetingBot.Core.Protocols;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

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

        // "Sida N av M" needs M before page 1 is finished: a first pass counts the pages, and the
        // layout is deterministic, so the second pass breaks the pages in the same places.
        var creation = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        var pageCount = Layout(protocol, signaturePage, creation, pageCount: null, Stream.Null);
        using var document = new MemoryStream();
        Layout(protocol, signaturePage, creation, pageCount, document);
        // PDFsharp seeks back while saving; any other stream (a pipe, a response body) gets the finished bytes.
        document.Position = 0;
        document.CopyTo(output);
    }

    private static int Layout(Protocol protocol, SignaturePage? signaturePage, DateTime creation, int? pageCount, Stream output)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"{ProtocolLayout.Heading(protocol)} {protocol.Title}";
        document.Info.Creator = "MeetingBot";
        document.Info.CreationDate = creation;
        document.Info.ModificationDate = creation;
        document.Options.CompressContentStreams = true;
        document.PageLayout = PdfPageLayout.SinglePage;
        document.SetPdfA();
        var accessibility = UAManager.ForDocument(document);
        accessibility.SetDocumentLanguage("sv-SE");

        var fonts = new Fonts();
        var footer = pageCount is { } count ? new PdfPageFlow.Footer(fonts.Footer, count) : null;
        using (var flow = new PdfPageFlow(document, accessibility.StructureBuilder, footer))
        {
            foreach (var block in ProtocolOutline.Blocks(protocol))
            {
                Block(flow, fonts, block);
            }

            if (signaturePage is not null)
            {
                PdfSignaturePage.Write(flow, fonts.Heading1, fonts.Body, fonts.Bold, signaturePage);
            }
        }

        var pages = document.PageCount;
        document.Save(output, closeStream: false);
        return pages;
    }

    private static void Block(PdfPageFlow flow, Fonts fonts, OutlineBlock block)
    {
        switch (block.Kind)
        {
            case OutlineKind.Title:
                flow.KeepTogether(fonts.Title.GetHeight() * 4);
                flow.Paragraph(PdfBlockLevelElementTag.Heading1, [new PdfRun(block.Text, fonts.Title)]);
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
                flow.Paragraph(PdfBlockLevelElementTag.Heading2, [new PdfRun(block.Text, fonts.Heading1)]);
                flow.Space(4);
                break;
            case OutlineKind.Heading2:
                flow.Space(6);
                flow.KeepTogether(fonts.Bold.GetHeight() + (2 * fonts.Body.GetHeight()));
                flow.Paragraph(PdfBlockLevelElementTag.Heading3, [new PdfRun(block.Text, fonts.Bold)]);
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
        // Identity-H with a ToUnicode map: any name (Ł, ğ, Sámi letters) is drawn and extracts back
        // as written, where WinAnsi would silently lose what it cannot encode.
        private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

        public XFont Title { get; } = new(PdfFonts.Family, 20, XFontStyleEx.Bold, Unicode);

        public XFont Subtitle { get; } = new(PdfFonts.Family, 14, XFontStyleEx.Bold, Unicode);

        public XFont Heading1 { get; } = new(PdfFonts.Family, 12.5, XFontStyleEx.Bold, Unicode);

        public XFont Body { get; } = new(PdfFonts.Family, BodySize, XFontStyleEx.Regular, Unicode);

        public XFont Bold { get; } = new(PdfFonts.Family, BodySize, XFontStyleEx.Bold, Unicode);

        public XFont Footer { get; } = new(PdfFonts.Family, 8.5, XFontStyleEx.Regular, Unicode);
    }
}
