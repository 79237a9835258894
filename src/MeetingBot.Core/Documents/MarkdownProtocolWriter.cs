using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Documents;

/// <summary>
/// Writes a protocol as Markdown in the seed's layout, from the same <see cref="ProtocolOutline"/> as the
/// Word and PDF writers, marked up like the Word document: the
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

        var inList = false;
        foreach (var block in ProtocolOutline.Blocks(protocol))
        {
            if (inList && block.Kind != OutlineKind.ListEntry)
            {
                // A decision's list ends with a blank line, as a paragraph does.
                writer.Write('\n');
            }

            inList = block.Kind == OutlineKind.ListEntry;
            switch (block.Kind)
            {
                case OutlineKind.Title: Block(writer, $"# {block.Text}"); break;
                case OutlineKind.Subtitle: Block(writer, Bold(block.Text)); break;
                case OutlineKind.Heading1: Block(writer, $"## {block.Text}"); break;
                case OutlineKind.Heading2: Block(writer, $"### {block.Text}"); break;
                case OutlineKind.Labelled: Block(writer, $"{Bold(block.Label!)} {block.Text}"); break;
                case OutlineKind.People: People(writer, block.Names); break;
                case OutlineKind.ListEntry: writer.Write($"- {OneLine(block.Text)}\n"); break;
                case OutlineKind.Closing: writer.Write($"{Bold(block.Text)}\n"); break;
                default: Block(writer, block.Text); break;
            }
        }
    }

    public static string Render(Protocol protocol)
    {
        using var writer = new StringWriter();
        Write(protocol, writer);
        return writer.ToString();
    }

    /// <summary>Two columns filled row by row as in the signed protocols; the header row stays empty because the section heading names the list.</summary>
    private static void People(TextWriter writer, IReadOnlyList<string> names)
    {
        writer.Write("| | |\n|---|---|\n");
        for (var i = 0; i < names.Count; i += 2)
        {
            var left = OneLine(names[i]);
            writer.Write(i + 1 < names.Count ? $"| {left} | {OneLine(names[i + 1])} |\n" : $"| {left} | |\n");
        }

        writer.Write('\n');
    }

    private static string Bold(string text) => $"**{text}**";

    private static void Block(TextWriter writer, string text)
    {
        writer.Write(OneLine(text));
        writer.Write("\n\n");
    }

    /// <summary>A stray line break (e.g. from edited JSON) would split a paragraph into lines the importer reads on their own.</summary>
    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
