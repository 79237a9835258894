namespace MeetingBot.Core.Protocols.Import;

/// <summary>
/// Collects one item's lines. Which field a line belongs to is decided by the last label seen;
/// lines before any label continue the title when they start in lower case (a wrapped title) and
/// are otherwise an unlabelled summary. Several presenters are given either on separate
/// "Föredragande:" lines or separated by ";" on one ("," cannot separate them: it separates a
/// presenter's name, role and organisation).
/// </summary>
internal sealed class ItemBuilder(int number, string title)
{
    private enum Field { Title, Summary, Presenters, Attachments, Decisions }

    private readonly TextBlock titleText = new TextBlock().Append(title);
    private readonly TextBlock summary = new();
    private readonly List<TextBlock> presenters = [];
    private readonly List<TextBlock> attachments = [];
    private readonly List<TextBlock> decisions = [];
    private Field field = Field.Title;

    public int Number => number;

    public void Add(string line)
    {
        if (TryLabel(line))
        {
            return;
        }

        switch (field)
        {
            case Field.Title when char.IsLower(line[0]):
                titleText.Append(line);
                break;
            case Field.Title:
                field = Field.Summary;
                AddToField(line);
                break;
            default:
                AddToField(line);
                break;
        }
    }

    public ProtocolItem Build() => new(
        number,
        titleText.ToString(),
        summary.IsEmpty ? null : summary.ToString(),
        Names(presenters),
        Names(attachments),
        Values(decisions));

    private bool TryLabel(string line)
    {
        if (ItemLabels.Summary().Match(line) is { Success: true } s)
        {
            field = Field.Summary;
            summary.Append(s.Groups["rest"].Value);
        }
        else if (ItemLabels.Presenters().Match(line) is { Success: true } p)
        {
            field = Field.Presenters;
            AddSeparated(presenters, p.Groups["rest"].Value, startNew: true);
        }
        else if (ItemLabels.Attachments().Match(line) is { Success: true } a)
        {
            field = Field.Attachments;
            AddSeparated(attachments, a.Groups["rest"].Value, startNew: true);
        }
        else if (field != Field.Decisions && ItemLabels.Attachment().IsMatch(line))
        {
            field = Field.Attachments;
            AddSeparated(attachments, line, startNew: true);
        }
        else if (ItemLabels.Decisions().Match(line) is { Success: true } d)
        {
            field = Field.Decisions;
            AddDecisionLine(d.Groups["rest"].Value);
        }
        else
        {
            return false;
        }

        return true;
    }

    private void AddToField(string line)
    {
        switch (field)
        {
            case Field.Presenters:
                AddSeparated(presenters, line, startNew: false);
                break;
            case Field.Attachments:
                AddSeparated(attachments, line, startNew: false);
                break;
            case Field.Decisions:
                AddDecisionLine(line);
                break;
            default:
                summary.Append(line);
                break;
        }
    }

    private void AddDecisionLine(string line)
    {
        if (line.Length == 0)
        {
            return;
        }

        if (decisions.Count == 0 || ItemLabels.Clause().IsMatch(line))
        {
            decisions.Add(new TextBlock());
        }

        decisions[^1].Append(line);
    }

    /// <summary>
    /// Splits on ";". The first piece continues the last entry unless <paramref name="startNew"/>
    /// (a label line) or it is a list entry ("- Anna Berg, Bjuv"), which is one entry of its own.
    /// </summary>
    private static void AddSeparated(List<TextBlock> entries, string text, bool startNew)
    {
        if (TextBlock.TryListEntry(text, out var entry))
        {
            (text, startNew) = (entry, true);
        }

        if (startNew || entries.Count == 0)
        {
            entries.Add(new TextBlock());
        }

        var pieces = text.Split(';', StringSplitOptions.TrimEntries);
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i > 0)
            {
                entries.Add(new TextBlock());
            }

            entries[^1].Append(pieces[i]);
        }
    }

    /// <summary>A presenter or attachment is a name, not a sentence: a stray final full stop goes.</summary>
    private static List<string> Names(List<TextBlock> blocks) =>
        [.. Values(blocks).Select(name => name.TrimEnd('.').TrimEnd())];

    private static List<string> Values(List<TextBlock> blocks) =>
        [.. blocks.Where(block => !block.IsEmpty).Select(block => block.ToString())];
}
