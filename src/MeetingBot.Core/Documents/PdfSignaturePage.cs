using System.Globalization;
using MeetingBot.Core.Series;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace MeetingBot.Core.Documents;

/// <summary>
/// The "Underskriftssida" of a justerat protocol, on a page of its own as in the signed protocols.
/// The heading is the one the protocol importer stops at, so a final PDF imports like the draft.
/// </summary>
internal static class PdfSignaturePage
{
    public const string Heading = "Underskriftssida";

    public static void Write(PdfPageFlow flow, XFont heading, XFont body, XFont bold, SignaturePage page)
    {
        flow.NewPage();
        flow.Paragraph(PdfBlockLevelElementTag.Heading1, [new PdfRun(Heading, heading)]);
        flow.Space(8);
        flow.Paragraph([new PdfRun("Protokollet har justerats elektroniskt av de personer som är listade nedan. Varje justering gäller dokumentet med kontrollsumman längst ned på sidan.", body)]);
        flow.Space(12);
        foreach (var entry in page.Signatories)
        {
            flow.KeepTogether(4 * body.GetHeight());
            flow.Paragraph([new PdfRun(entry.Name, bold)]);
            flow.Paragraph([new PdfRun(entry.Role, body)]);
            flow.Paragraph([new PdfRun($"{Time(entry.SignedAt)}, {entry.Method}", body)]);
            flow.Space(10);
        }

        flow.Space(6);
        flow.Paragraph([new PdfRun("Kontrollsumma (SHA-256) för det justerade dokumentet:", body)]);
        flow.Paragraph([new PdfRun(page.DocumentSha256, body)]);
    }

    /// <summary>"2026-01-23 14:05 (svensk tid)": the customer reads times in Stockholm whatever the server's zone.</summary>
    private static string Time(DateTimeOffset instant) =>
        StockholmTime.ToLocal(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " (svensk tid)";
}
