namespace MeetingBot.Core.Text;

/// <summary>
/// A light Swedish stemmer that removes the inflection endings people use in questions
/// (definite, plural, genitive) so that "idrottsgalan", "idrottsgalans" and "idrottsgala" meet.
/// </summary>
/// <remarks>
/// Lucene's Snowball Swedish stemmer has no rule for the definite "-an" ("galan" stays "galan"),
/// and Hunspell needs an OS dictionary that App Service does not have; this stemmer is deliberately
/// over-eager instead, because <see cref="TermMatcher"/> also matches compounds by prefix and suffix,
/// so a stem that is a little too short still finds its word. Stems are never shorter than
/// <see cref="MinimumStem"/> letters.
/// </remarks>
public static class SwedishStemmer
{
    public const int MinimumStem = 3;

    // Longest first: the first ending that leaves a long enough stem wins.
    private static readonly (string Ending, string Replacement)[] Endings =
    [
        ("heterna", ""), ("hetens", ""), ("heten", ""), ("andets", ""), ("andet", ""),
        ("arnas", ""), ("ernas", ""), ("ornas", ""), ("arna", ""), ("erna", ""), ("orna", ""),
        ("ande", ""), ("ende", ""),
        ("ans", "a"), ("ens", ""), ("ets", ""), ("ats", ""),
        ("an", "a"), ("en", ""), ("et", ""), ("ar", ""), ("er", ""), ("or", "a"), ("na", ""),
        ("s", ""), ("n", ""),
    ];

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var (ending, replacement) in Endings)
        {
            if (word.Length - ending.Length + replacement.Length >= MinimumStem + 1
                && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return string.Concat(word.AsSpan(0, word.Length - ending.Length), replacement);
            }
        }

        return word;
    }
}
