namespace MeetingBot.Core.Protocols.Import;

/// <summary>
/// The att-clauses under "Mötet beslutar". A line starting "att" opens a clause; any other line
/// continues it, list entries included (see <see cref="TextBlock"/>), so a list stays with its clause.
/// </summary>
internal sealed class DecisionList
{
    private readonly List<TextBlock> clauses = [];

    public void Add(string line)
    {
        if (line.Length == 0)
        {
            return;
        }

        if (clauses.Count == 0 || ItemLabels.Clause().IsMatch(line))
        {
            clauses.Add(new TextBlock());
        }

        clauses[^1].Append(line);
    }

    public List<string> ToList() => [.. clauses.Where(c => !c.IsEmpty).Select(c => c.ToString())];
}
