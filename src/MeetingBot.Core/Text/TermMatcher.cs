namespace MeetingBot.Core.Text;

/// <summary>
/// How well a stem from a question matches a stem from a document. Swedish writes compounds as one
/// word, so "arbetsmarknad" must find "arbetsmarknadsområdet" (the question word is the compound's
/// first part) and "gala" must find "idrottsgala" (its last part).
/// </summary>
public static class TermMatcher
{
    /// <summary>Shorter parts match too much ("rad" is in "förbundsordförande").</summary>
    public const int MinimumCompoundPart = 4;

    /// <returns>1 for the same stem, less for a compound part, 0 for no match.</returns>
    public static double Match(string questionStem, string documentStem)
    {
        if (string.Equals(questionStem, documentStem, StringComparison.Ordinal))
        {
            return 1.0;
        }

        if (char.IsDigit(questionStem[0]) || char.IsDigit(documentStem[0]))
        {
            return 0;
        }

        if (questionStem.Length >= MinimumCompoundPart
            && (documentStem.StartsWith(questionStem, StringComparison.Ordinal) || documentStem.EndsWith(questionStem, StringComparison.Ordinal)))
        {
            return 0.8;
        }

        // The question uses a compound of which the document has only a part: "traineeprojektet" ~ "projekt".
        if (documentStem.Length >= MinimumCompoundPart + 1
            && (questionStem.StartsWith(documentStem, StringComparison.Ordinal) || questionStem.EndsWith(documentStem, StringComparison.Ordinal)))
        {
            return 0.35;
        }

        return 0;
    }
}
