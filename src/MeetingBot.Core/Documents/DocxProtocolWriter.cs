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

    private static IEnumerable<OpenXmlElement> Blocks(Protocol protocol)
    {
        yield return DocxBlocks.Styled(DocxStyles.Title, ProtocolLayout.Heading(protocol));
        yield return DocxBlocks.Styled(DocxStyles.Subtitle, protocol.Title);
        yield return DocxBlocks.Plain(ProtocolLayout.PlaceAndDate(protocol));
        yield return DocxBlocks.Labelled(ProtocolLayout.TimeAndPlaceLabel, ProtocolLayout.TimeAndPlace(protocol));
        if (ProtocolLayout.RoomLine(protocol) is { } room)
        {
            yield return DocxBlocks.Plain(room);
        }

        foreach (var block in People(ProtocolLayout.PresentHeading, protocol.Present))
        {
            yield return block;
        }

        foreach (var block in People(ProtocolLayout.AbsentHeading, protocol.Absent))
        {
            yield return block;
        }

        foreach (var block in protocol.Items.SelectMany(Item))
        {
            yield return block;
        }

        yield return DocxBlocks.Closing(ProtocolLayout.Closing);
    }

    private static IEnumerable<OpenXmlElement> People(string heading, IReadOnlyList<Participant> people)
    {
        if (people.Count == 0)
        {
            yield break;
        }

        yield return DocxBlocks.Styled(DocxStyles.Heading1, heading);
        yield return DocxBlocks.People([.. people.Select(ProtocolLayout.Person)]);
    }

    private static IEnumerable<OpenXmlElement> Item(ProtocolItem item)
    {
        yield return DocxBlocks.Styled(DocxStyles.Heading1, ProtocolLayout.ItemHeading(item));
        if (!string.IsNullOrWhiteSpace(item.Summary))
        {
            yield return DocxBlocks.Labelled(ProtocolLayout.SummaryLabel, item.Summary);
        }

        foreach (var presenter in item.Presenters)
        {
            yield return DocxBlocks.Labelled(ProtocolLayout.PresenterLabel, presenter);
        }

        foreach (var attachment in item.Attachments)
        {
            yield return DocxBlocks.Labelled(ProtocolLayout.AttachmentLabel, attachment);
        }

        if (item.Decisions.Count == 0)
        {
            yield break;
        }

        yield return DocxBlocks.Styled(DocxStyles.Heading2, ProtocolLayout.DecisionsHeading);
        foreach (var clause in item.Decisions.Select(DecisionClause.Parse))
        {
            yield return DocxBlocks.Plain(clause.Text);
            foreach (var entry in clause.Entries)
            {
                yield return DocxBlocks.ListEntry(entry);
            }
        }
    }
}
