using System.Text;

namespace MeetingBot.Core.Protocols.Import;

/// <summary>
/// Turns the Unicode compatibility characters a PDF's text layer carries into the plain text people
/// read and type: typographic ligatures ("traﬁk" with U+FB01 becomes "trafik", so a question about
/// "trafikplanen" finds it), unusual spaces, zero-width marks and soft hyphens.
/// </summary>
/// <remarks>
/// Deliberately not a blanket NFKC: that would also rewrite characters whose look carries meaning in
/// a protocol ("½" to "1⁄2", "m²" to "m2", "…" to "..."). Only the characters listed here change; å, ä,
/// ö, the en dash of "8:30 – 13:00" and the quotation marks stay as they are.
/// </remarks>
internal static class CompatibilityCharacters
{
    public static string Fold(string text)
    {
        if (!NeedsFolding(text))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u00AD')
            {
                // A soft hyphen where a word was broken across lines joins the two halves.
                var next = i + 1;
                while (next < text.Length && text[next] is ' ' or '\t')
                {
                    next++;
                }

                if (next < text.Length && text[next] is '\r' or '\n')
                {
                    next += text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? 2 : 1;
                    while (next < text.Length && IsSpace(text[next]))
                    {
                        next++;
                    }

                    i = next - 1;
                }

                continue;
            }

            if (Ligature(c) is { } plain)
            {
                result.Append(plain);
            }
            else if (IsSpace(c) && c is not (' ' or '\t'))
            {
                result.Append(' ');
            }
            else if (!IsZeroWidth(c))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static bool NeedsFolding(string text)
    {
        foreach (var c in text)
        {
            if (c == '\u00AD' || Ligature(c) is not null || (IsSpace(c) && c is not (' ' or '\t')) || IsZeroWidth(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Ligature(char c) => c switch
    {
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        '\uFB05' or '\uFB06' => "st",
        _ => null,
    };

    /// <summary>Spaces within a line; line and page breaks are left to the line splitting.</summary>
    private static bool IsSpace(char c) =>
        c is ' ' or '\t' or '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000';

    private static bool IsZeroWidth(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';
}
