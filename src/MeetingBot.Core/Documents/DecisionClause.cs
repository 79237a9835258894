namespace MeetingBot.Core.Documents;

/// <summary>
/// An att-clause split for layout: the clause's own text and the entries of the list that
/// belongs to it (stored in the model as lines starting with "- " after the text).
/// </summary>
internal sealed record DecisionClause(string Text, IReadOnlyList<string> Entries)
{
    private const string EntryMarker = "- ";

    public static DecisionClause Parse(string decision)
    {
        var lines = decision.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var text = new List<string>();
        var entries = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith(EntryMarker, StringComparison.Ordinal))
            {
                entries.Add(line[EntryMarker.Length..].Trim());
            }
            else if (entries.Count == 0)
            {
                text.Add(line);
            }
            else
            {
                // Text after a list continues its last entry; the model has no other place for it.
                entries[^1] = $"{entries[^1]} {line}";
            }
        }

        return new DecisionClause(string.Join(' ', text), entries);
    }
}
