using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace MeetingBot.Core.Protocols.Import;

/// <summary>
/// The text of a PDF in reading order: pages in order, lines top to bottom, words left to right.
/// Words on one baseline form a line; a horizontal gap wider than about two characters becomes a
/// double space, so side-by-side columns (the attendance list) stay apart for <see cref="LineNormaliser"/>.
/// </summary>
public static class PdfTextExtractor
{
    /// <summary>True when the content starts with the PDF signature "%PDF".</summary>
    public static bool IsPdf(ReadOnlySpan<byte> content) => content.StartsWith("%PDF"u8);

    /// <remarks>Throws <see cref="DomainException"/> when the PDF is damaged, encrypted or has no text layer.</remarks>
    public static string Extract(ReadOnlyMemory<byte> content)
    {
        var text = new StringBuilder();
        try
        {
            using var document = PdfDocument.Open(content);
            foreach (var page in document.GetPages())
            {
                foreach (var line in Lines(page.GetWords()))
                {
                    text.AppendLine(line);
                }

                text.Append('\f');
            }
        }
        catch (Exception ex) when (ex is not DomainException and not OutOfMemoryException)
        {
            // PdfPig reports damaged files through many exception types; all mean the same to the user.
            throw new DomainException($"the PDF could not be read: {ex.Message}", ex);
        }

        if (string.IsNullOrWhiteSpace(text.ToString()))
        {
            throw new DomainException("the PDF has no text layer (a scanned image?); export the protocol as text or a text PDF");
        }

        return text.ToString();
    }

    private static IEnumerable<string> Lines(IEnumerable<Word> words)
    {
        var lines = new List<List<Word>>();
        foreach (var word in words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderByDescending(w => w.BoundingBox.Bottom))
        {
            var tolerance = Math.Max(word.BoundingBox.Height, 1) * 0.5;
            var line = lines.LastOrDefault();
            if (line is null || Math.Abs(line[0].BoundingBox.Bottom - word.BoundingBox.Bottom) > tolerance)
            {
                lines.Add(line = []);
            }

            line.Add(word);
        }

        return lines.Select(Join);
    }

    private static string Join(List<Word> line)
    {
        var text = new StringBuilder();
        Word? previous = null;
        foreach (var word in line.OrderBy(w => w.BoundingBox.Left))
        {
            if (previous is not null)
            {
                var gap = word.BoundingBox.Left - previous.BoundingBox.Right;
                var charWidth = previous.BoundingBox.Width / Math.Max(previous.Text.Length, 1);
                text.Append(gap > charWidth * 2.5 ? "    " : " ");
            }

            text.Append(word.Text);
            previous = word;
        }

        return text.ToString();
    }
}
