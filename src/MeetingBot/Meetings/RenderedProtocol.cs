using System.Globalization;
using System.Text;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Documents;
using MeetingBot.Core.Meetings;

namespace MeetingBot.Meetings;

public enum ProtocolFormat
{
    Docx,
    Markdown,
}

/// <summary>A protocol as a file to offer for download.</summary>
internal sealed record RenderedProtocol(string FileName, string ContentType, byte[] Content)
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string MarkdownContentType = "text/markdown; charset=utf-8";

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public static RenderedProtocol Of(ProtocolDraft draft, ProtocolFormat format)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var p = draft.Protocol;

        // "protokoll-nr-1-2026.docx" once final; a draft is named by its date, its number being provisional.
        var name = draft.State == DraftState.Finalised
            ? string.Create(CultureInfo.InvariantCulture, $"protokoll-nr-{p.Number}-{p.Year}")
            : string.Create(CultureInfo.InvariantCulture, $"protokollutkast-{p.Date:yyyy-MM-dd}");
        switch (format)
        {
            case ProtocolFormat.Docx:
                using (var stream = new MemoryStream())
                {
                    DocxProtocolWriter.Write(p, stream);
                    return new(name + ".docx", DocxContentType, stream.ToArray());
                }

            default:
                return new(name + ".md", MarkdownContentType, Utf8WithoutBom.GetBytes(MarkdownProtocolWriter.Render(p)));
        }
    }
}
