using System.Text;
using System.Text.RegularExpressions;

namespace MeetingBot.Core.Questions;

/// <summary>
/// The instructions and sources for a language model that may only rephrase retrieved decisions,
/// and the check its reply must pass: every sentence cites a § that was among the sources.
/// </summary>
public static partial class GroundedPrompt
{
    public const string Instructions =
        "Du är sekretariatets assistent för kommundirektörsgruppen i Familjen Helsingborg. " +
        "Svara på svenska, kort och sakligt, enbart utifrån de beslut som anges som källor. " +
        "Varje mening ska sluta med en hänvisning i formen (Protokoll nr N ÅÅÅÅ, § P). " +
        "Citera beslutstext ordagrant inom citattecken. Hitta aldrig på beslut, datum eller namn. " +
        "Om källorna inte besvarar frågan, skriv exakt: Källorna besvarar inte frågan.";

    public static string Sources(string question, IReadOnlyList<DecisionAnswer> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var text = new StringBuilder();
        text.Append("Fråga: ").Append(question).Append("\n\nKällor:\n");
        foreach (var decision in decisions)
        {
            text.Append("- ").Append(AnswerText.Swedish.Citation(decision.Protocol, decision.Item, decision.Date))
                .Append(" – ").Append(decision.Title).Append(": ").Append(decision.Decision).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// True when every sentence of <paramref name="reply"/> cites "Protokoll nr N ÅÅÅÅ, § P" for a
    /// decision in <paramref name="decisions"/>. A reply that fails is discarded, never shown.
    /// </summary>
    public static bool IsGrounded(string reply, IReadOnlyList<DecisionAnswer> decisions)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(decisions);
        var sources = decisions.Select(d => (d.Protocol, d.Item)).ToHashSet();
        var sentences = SentenceEnd().Split(reply.Trim()).Where(s => s.Any(char.IsLetter)).ToList();
        if (sentences.Count == 0)
        {
            return false;
        }

        foreach (var sentence in sentences)
        {
            var citations = Citation().Matches(sentence);
            if (citations.Count == 0 || citations.Any(c => !sources.Contains(($"{c.Groups[1].Value}/{c.Groups[2].Value}", int.Parse(c.Groups[3].Value)))))
            {
                return false;
            }
        }

        return true;
    }

    // A sentence ends at ". ", "! " or "? " after its closing citation parenthesis or word.
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-ZÅÄÖ""”])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"Protokoll nr (\d+) (\d{4}), § (\d+)")]
    private static partial Regex Citation();
}
