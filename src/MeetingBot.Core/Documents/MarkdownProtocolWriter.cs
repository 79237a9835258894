using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Documents;

/// <summary>
/// Writes a protocol as Markdown in the seed's plain-text layout: one block per line of the
/// signed document, the same labels, attendance one person per line and a decision's list as
/// "- " entries. No heading or emphasis markers are added, so the text importer reads the
/// output back into the same model; numbered items and the lists still render as Markdown lists.
/// </summary>
/// <remarks>Lines end with "\n" on every platform so that the output is byte-for-byte reproducible.</remarks>
public static class MarkdownProtocolWriter
{
    // Two trailing spaces are Markdown's hard line break: the names stay one per line when
    // rendered, while the importer trims them away as it does the seed's trailing blanks.
    private const string HardBreak = "  ";

    public static void Write(Protocol protocol, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(writer);

        Block(writer, ProtocolLayout.Heading(protocol));
        Block(writer, protocol.Title);
        Block(writer, ProtocolLayout.PlaceAndDate(protocol));
        Block(writer, $"{ProtocolLayout.TimeAndPlaceLabel} {ProtocolLayout.TimeAndPlace(protocol)}");
        if (ProtocolLayout.RoomLine(protocol) is { } room)
        {
            Block(writer, room);
        }

        People(writer, ProtocolLayout.PresentHeading, protocol.Present);
        People(writer, ProtocolLayout.AbsentHeading, protocol.Absent);
        foreach (var item in protocol.Items)
        {
            Item(writer, item);
        }

        writer.Write(ProtocolLayout.Closing);
        writer.Write('\n');
    }

    public static string Render(Protocol protocol)
    {
        using var writer = new StringWriter();
        Write(protocol, writer);
        return writer.ToString();
    }

    private static void People(TextWriter writer, string heading, IReadOnlyList<Participant> people)
    {
        if (people.Count == 0)
        {
            return;
        }

        Block(writer, heading);
        for (var i = 0; i < people.Count; i++)
        {
            writer.Write(ProtocolLayout.Person(people[i]));
            writer.Write(i < people.Count - 1 ? HardBreak + "\n" : "\n\n");
        }
    }

    private static void Item(TextWriter writer, ProtocolItem item)
    {
        Block(writer, ProtocolLayout.ItemHeading(item));
        if (!string.IsNullOrWhiteSpace(item.Summary))
        {
            Block(writer, $"{ProtocolLayout.SummaryLabel} {item.Summary}");
        }

        foreach (var presenter in item.Presenters)
        {
            Block(writer, $"{ProtocolLayout.PresenterLabel} {presenter}");
        }

        foreach (var attachment in item.Attachments)
        {
            Block(writer, $"{ProtocolLayout.AttachmentLabel} {attachment}");
        }

        if (item.Decisions.Count == 0)
        {
            return;
        }

        Block(writer, ProtocolLayout.DecisionsHeading);
        foreach (var decision in item.Decisions)
        {
            var clause = DecisionClause.Parse(decision);
            Block(writer, clause.Text);
            if (clause.Entries.Count > 0)
            {
                foreach (var entry in clause.Entries)
                {
                    writer.Write("- ");
                    writer.Write(entry);
                    writer.Write('\n');
                }

                writer.Write('\n');
            }
        }
    }

    /// <summary>One paragraph on one line: a stray line break (e.g. from edited JSON) would otherwise split it into lines the importer reads on their own.</summary>
    private static void Block(TextWriter writer, string text)
    {
        writer.Write(text.ReplaceLineEndings(" "));
        writer.Write("\n\n");
    }
}
