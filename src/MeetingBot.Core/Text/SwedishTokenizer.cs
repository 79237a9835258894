namespace MeetingBot.Core.Text;

/// <summary>Splits Swedish text into lower-case word stems, dropping words that carry no subject.</summary>
public static class SwedishTokenizer
{
    // Question words, pronouns and function words: they say how a question is asked, not what about.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "att", "och", "i", "på", "med", "för", "till", "av", "om", "en", "ett", "den", "det", "de", "dem",
        "är", "var", "har", "hade", "blir", "blev", "som", "så", "sa", "sade", "sagt", "vi", "ni", "man", "jag",
        "vad", "vem", "vilka", "vilken", "vilket", "när", "hur", "varför", "finns", "fanns", "kan", "ska", "skall",
        "beslutades", "beslutade", "beslutat", "beslut", "besluten", "beslutet", "besluta", "beslutar",
        "kring", "angående", "gällande", "rörande", "inom", "under", "efter", "från", "vid", "eller", "samt",
        "sig", "sin", "sitt", "sina", "oss", "vår", "vårt", "våra", "något", "någon", "några", "alla", "mötet",
    };

    public static IEnumerable<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    /// <summary>The distinct stems of the subject words of <paramref name="text"/>, in order of appearance.</summary>
    /// <param name="cache">Word-to-stem memo for callers that stem a large corpus with a small vocabulary.</param>
    public static IReadOnlyList<string> Stems(string text, Dictionary<string, string?>? cache = null)
    {
        var stems = new List<string>();
        foreach (var word in Words(text))
        {
            string? stem;
            if (cache is null || !cache.TryGetValue(word, out stem))
            {
                stem = StemOf(word);
                cache?.Add(word, stem);
            }

            if (stem is not null && !stems.Contains(stem, StringComparer.Ordinal))
            {
                stems.Add(stem);
            }
        }

        return stems;
    }

    /// <summary>The stem of a subject word; null for a stop word. Numbers are kept as they are.</summary>
    private static string? StemOf(string word) =>
        StopWords.Contains(word) || (word.Length == 1 && !char.IsDigit(word[0])) ? null
        : char.IsDigit(word[0]) ? word
        : SwedishStemmer.Stem(word);
}
