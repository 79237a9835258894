namespace MeetingBot.Core.Protocols.Import;

/// <summary>
/// Collects one item's lines. Which field a line belongs to is decided by the last label seen;
/// lines before any label continue the title when they start in lower case (a wrapped title) and
/// are otherwise an unlabelled summary. Several presenters are given either on separate
/// "Föredragande:" lines, as a list, or separated by ";" on one line ("," cannot separate them:
/// it separates a presenter's name, role and organisation).
/// </summary>
internal sealed class ItemBuilder(int number, string title)
{
    private enum Field { Title, Summary, Presenters, Attachments, Decisions }

    private readonly TextBlock titleText = new TextBlock().Append(title);
    private readonly TextBlock summary = new();
    private readonly NameList presenters = new();
    private readonly NameList attachments = new();
    private readonly DecisionList decisions = new();
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
        presenters.ToList(),
        attachments.ToList(),
        decisions.ToList());

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
            presenters.AddLabelled(p.Groups["rest"].Value);
        }
        else if (ItemLabels.Attachments().Match(line) is { Success: true } a)
        {
            field = Field.Attachments;
            attachments.AddLabelled(a.Groups["rest"].Value);
        }
        else if (field != Field.Decisions && ItemLabels.Attachment().IsMatch(line))
        {
            field = Field.Attachments;
            attachments.AddLabelled(line);
        }
        else if (ItemLabels.Decisions().Match(line) is { Success: true } d)
        {
            field = Field.Decisions;
            decisions.Add(d.Groups["rest"].Value);
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
                presenters.Continue(line);
                break;
            case Field.Attachments:
                attachments.Continue(line);
                break;
            case Field.Decisions:
                decisions.Add(line);
                break;
            default:
                summary.Append(line);
                break;
        }
    }
}
