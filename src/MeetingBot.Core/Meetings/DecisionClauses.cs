namespace MeetingBot.Core.Meetings;

/// <summary>
/// The att-clauses the secretariat enters for an item, as the protocol writes them: trimmed, empty
/// ones dropped, each starting with "att" (added when the secretary left it out).
/// </summary>
public static class DecisionClauses
{
    public const int MaxClauseLength = 4000;

    public static IReadOnlyList<string> Normalise(IEnumerable<string> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var result = new List<string>();
        foreach (var raw in clauses)
        {
            var clause = (raw ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
            if (clause.Length == 0)
            {
                continue;
            }

            if (clause.Length > MaxClauseLength)
            {
                throw new DomainException(
                    $"a decision is longer than {MaxClauseLength} characters",
                    new UserMessage($"ett beslut är längre än {MaxClauseLength} tecken.", $"a decision is longer than {MaxClauseLength} characters."));
            }

            result.Add(StartsWithAtt(clause) ? clause : "att " + clause);
        }

        return result;
    }

    private static bool StartsWithAtt(string clause) =>
        clause.StartsWith("att ", StringComparison.OrdinalIgnoreCase) || string.Equals(clause, "att", StringComparison.OrdinalIgnoreCase);
}
