using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Documents;

/// <summary>
/// Writes a protocol as Markdown in the seed's layout, marked up like the Word document: the
/// heading as "#", sections and items as "##", "Mötet beslutar" as "###", bold labels, the
/// attendance as a two-column table and a decision's list as "- " entries. The text importer
/// reads this light Markdown like a text layer, so the output imports back into the same model.
/// </summary>
/// <remarks>
/// Lines end with "\n" on every platform so that the output is byte-for-byte reproducible. Text
/// is not escaped: a protocol's prose has no Markdown in it, and escapes would not import back.
/// </remarks>
public static class MarkdownProtocolWriter
{
    public static void Write(Protocol protocol, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(writer);

        Block(writer, $"# {ProtocolLayout.Heading(protocol)}");
        Block(writer, Bold(protocol.Title));
        Block(writer, ProtocolLayout.PlaceAndDate(protocol));
        Block(writer, Labelled(ProtocolLayout.TimeAndPlaceLabel, ProtocolLayout.TimeAndPlace(protocol)));
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

        writer.Write(Bold(ProtocolLayout.Closing));
        writer.Write('\n');
    }

    public static string Render(Protocol protocol)
    {
        using var writer = new StringWriter();
        Write(protocol, writer);
        return writer.ToString();
    }

    /// <summary>Two columns filled row by row as in the signed protocols; the header row stays empty because the section heading names the list.</summary>
    private static void People(TextWriter writer, string heading, IReadOnlyList<Participant> people)
    {
        if (people.Count == 0)
        {
            return;
        }

        Block(writer, $"## {heading}");
        writer.Write("| | |\n|---|---|\n");
        for (var i = 0; i < people.Count; i += 2)
        {
            var left = OneLine(ProtocolLayout.Person(people[i]));
            writer.Write(i + 1 < people.Count ? $"| {left} | {OneLine(ProtocolLayout.Person(people[i + 1]))} |\n" : $"| {left} | |\n");
        }

        writer.Write('\n');
    }

    private static void Item(TextWriter writer, ProtocolItem item)
    {
        Block(writer, $"## {ProtocolLayout.ItemHeading(item)}");
        if (!string.IsNullOrWhiteSpace(item.Summary))
        {
            Block(writer, Labelled(ProtocolLayout.SummaryLabel, item.Summary));
        }

        foreach (var presenter in item.Presenters)
        {
            Block(writer, Labelled(ProtocolLayout.PresenterLabel, presenter));
        }

        foreach (var attachment in item.Attachments)
        {
            Block(writer, Labelled(ProtocolLayout.AttachmentLabel, attachment));
        }

        if (item.Decisions.Count == 0)
        {
            return;
        }

        Block(writer, $"### {ProtocolLayout.DecisionsHeading}");
        foreach (var clause in item.Decisions.Select(DecisionClause.Parse))
        {
            Block(writer, clause.Text);
            if (clause.Entries.Count > 0)
            {
                foreach (var entry in clause.Entries)
                {
                    writer.Write($"- {OneLine(entry)}\n");
                }

                writer.Write('\n');
            }
        }
    }

    private static string Bold(string text) => $"**{text}**";

    private static string Labelled(string label, string text) => $"{Bold(label)} {text}";

    private static void Block(TextWriter writer, string text)
    {
        writer.Write(OneLine(text));
        writer.Write("\n\n");
    }

    /// <summary>A stray line break (e.g. from edited JSON) would split a paragraph into lines the importer reads on their own.</summary>
    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
