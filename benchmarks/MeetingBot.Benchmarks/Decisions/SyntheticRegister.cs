using MeetingBot.Core.Protocols;
using MeetingBot.Core.Text;

namespace MeetingBot.Benchmarks.Decisions;

/// <summary>
/// A deterministic register of many protocols written with the seed protocol's own words, so the
/// index sees Swedish compounds and inflections in realistic proportions.
/// </summary>
internal static class SyntheticRegister
{
    public static IReadOnlyList<Protocol> Protocols(int decisions, int seed = 42)
    {
        var words = SwedishTokenizer.Words(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "protokoll-2025-05-kommundirektorer-2025-06-13.txt")))
            .Where(w => w.Length > 3 && !char.IsDigit(w[0]))
            .Distinct()
            .ToArray();
        var random = new Random(seed);
        string Phrase(int min, int max) => string.Join(' ', Enumerable.Range(0, random.Next(min, max)).Select(_ => words[random.Next(words.Length)]));

        var protocols = new List<Protocol>();
        var made = 0;
        var perYear = new Dictionary<int, int>();
        for (var meeting = 1; made < decisions; meeting++)
        {
            var date = new DateOnly(2000, 1, 7).AddDays(meeting * 30);
            var number = perYear[date.Year] = perYear.GetValueOrDefault(date.Year) + 1;
            var items = new List<ProtocolItem>();
            for (var item = 1; item <= 10 && made < decisions; item++)
            {
                var clauses = Enumerable.Range(0, Math.Min(random.Next(1, 3), decisions - made)).Select(_ => "att " + Phrase(6, 20)).ToArray();
                made += clauses.Length;
                items.Add(new ProtocolItem(item, Phrase(2, 5), Phrase(15, 40), [Phrase(3, 6)], [], clauses));
            }

            protocols.Add(new Protocol(number, date.Year, "Kommundirektörsmöte i Familjen Helsingborg", date,
                new TimeOnly(8, 30), new TimeOnly(13, 0), "Helsingborg", null, [], [], items));
        }

        return protocols;
    }

    public static IReadOnlyList<string> Questions { get; } =
    [
        "Vad beslutades om idrottsgalan?",
        "Vad beslutades om traineeprojektet?",
        "Vad sa vi om SKR och Arbetsförmedlingen?",
        "Vilka datum träffas kommundirektörsgruppen 2026?",
        "Vad beslutades om krisberedskapen?",
        "Vad sa vi om näringslivet och tillväxten?",
        "Vad beslutades om kollektivtrafiken?",
        "Vad sa vi om samverkan kring arbetsmarknadsområdet?",
    ];
}
