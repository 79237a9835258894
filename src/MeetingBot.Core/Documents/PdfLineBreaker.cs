using PdfSharp.Drawing;

namespace MeetingBot.Core.Documents;

/// <summary>Text in one font: a bold label or the plain text after it.</summary>
internal sealed record PdfRun(string Text, XFont Font);

/// <summary>
/// Breaks runs into lines no wider than the text width, at spaces. A word wider than a whole line
/// (a long URL) is cut where it fills the line rather than running off the page.
/// </summary>
internal static class PdfLineBreaker
{
    public static IReadOnlyList<IReadOnlyList<PdfRun>> Break(IReadOnlyList<PdfRun> runs, double width, Func<string, XFont, double> measure)
    {
        var lines = new List<IReadOnlyList<PdfRun>>();
        var line = new List<(string Word, XFont Font)>();
        var used = 0.0;
        foreach (var run in runs)
        {
            foreach (var word in Words(run.Text, run.Font, width, measure))
            {
                var wordWidth = measure(word, run.Font);
                var needed = line.Count == 0 ? wordWidth : measure(" ", line[^1].Font) + wordWidth;
                if (line.Count > 0 && used + needed > width)
                {
                    lines.Add(Runs(line));
                    line = [];
                    used = 0;
                    needed = wordWidth;
                }

                line.Add((word, run.Font));
                used += needed;
            }
        }

        if (line.Count > 0 || lines.Count == 0)
        {
            lines.Add(Runs(line));
        }

        return lines;
    }

    private static IEnumerable<string> Words(string text, XFont font, double width, Func<string, XFont, double> measure)
    {
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > 1 && measure(rest, font) > width)
            {
                var fits = 1;
                while (fits < rest.Length && measure(rest[..(fits + 1)], font) <= width)
                {
                    fits++;
                }

                yield return rest[..fits];
                rest = rest[fits..];
            }

            yield return rest;
        }
    }

    /// <summary>Neighbouring words in the same font become one run, spaces included.</summary>
    private static List<PdfRun> Runs(List<(string Word, XFont Font)> words)
    {
        var runs = new List<PdfRun>();
        foreach (var (word, font) in words)
        {
            if (runs.Count > 0 && ReferenceEquals(runs[^1].Font, font))
            {
                runs[^1] = runs[^1] with { Text = runs[^1].Text + " " + word };
            }
            else
            {
                runs.Add(new PdfRun(word, font));
            }
        }

        return runs;
    }
}
