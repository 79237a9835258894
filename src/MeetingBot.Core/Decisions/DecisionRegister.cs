using System.Collections.Frozen;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Decisions;

/// <summary>
/// Every decision of every stored protocol, indexed for Swedish questions. Immutable: a new
/// register is built when protocols change, so readers never lock.
/// </summary>
/// <remarks>
/// The index is an inverted list from stem to the decisions whose title, clause, summary or
/// presenters contain it. A question stem is compared with each distinct stem of the vocabulary
/// (<see cref="TermMatcher"/>: same stem or compound part), which keeps matching independent of
/// the storage provider: SQLite and PostgreSQL only hold the protocols.
/// </remarks>
public sealed class DecisionRegister
{
    private const double TitleWeight = 3, DecisionWeight = 2, SummaryWeight = 1, PresenterWeight = 0.5;

    private readonly DecisionEntry[] entries;
    private readonly FrozenDictionary<string, Posting[]> postings;
    private readonly string[] vocabulary;
    private readonly FrozenDictionary<(int Year, int Number, int Item), int[]> clausesOfItem;

    private DecisionRegister(DecisionEntry[] entries)
    {
        this.entries = entries;
        var builder = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            var fields = new Dictionary<string, double>(StringComparer.Ordinal);
            Add(fields, entries[i].ItemTitle, TitleWeight);
            Add(fields, entries[i].Decision, DecisionWeight);
            Add(fields, entries[i].Summary, SummaryWeight);
            foreach (var presenter in entries[i].Presenters)
            {
                Add(fields, presenter, PresenterWeight);
            }

            foreach (var (stem, weight) in fields)
            {
                if (!builder.TryGetValue(stem, out var list))
                {
                    builder[stem] = list = [];
                }

                list.Add(new Posting(i, weight));
            }
        }

        postings = builder.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        vocabulary = [.. builder.Keys];
        clausesOfItem = Enumerable.Range(0, entries.Length)
            .GroupBy(i => (entries[i].ProtocolYear, entries[i].ProtocolNumber, entries[i].ItemNumber))
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    public static DecisionRegister Empty { get; } = new([]);

    public int Count => entries.Length;

    public IReadOnlyList<DecisionEntry> Entries => entries;

    /// <summary>
    /// Builds the register. A protocol that appears twice (same number and year) counts once,
    /// the later occurrence winning, as a re-import replaces the earlier one.
    /// </summary>
    public static DecisionRegister Build(IEnumerable<Protocol> protocols)
    {
        ArgumentNullException.ThrowIfNull(protocols);
        var latest = new Dictionary<(int, int), Protocol>();
        foreach (var protocol in protocols)
        {
            latest[(protocol.Year, protocol.Number)] = protocol;
        }

        return new DecisionRegister([.. latest.Values.SelectMany(DecisionEntry.From)]);
    }

    /// <summary>
    /// The decisions that best answer <paramref name="question"/>: those covering the most of its
    /// subject words, most recent meeting first, clauses of one item in their order.
    /// Empty when no subject word matches anything.
    /// </summary>
    public IReadOnlyList<DecisionSearchHit> Search(string question, int maxItems = 5)
    {
        ArgumentNullException.ThrowIfNull(question);
        var terms = SwedishTokenizer.Stems(question);
        if (terms.Count == 0 || entries.Length == 0)
        {
            return [];
        }

        var scores = new Dictionary<int, (int Coverage, double Score)>();
        foreach (var term in terms)
        {
            var best = new Dictionary<int, double>();
            foreach (var stem in vocabulary)
            {
                var match = TermMatcher.Match(term, stem);
                if (match == 0)
                {
                    continue;
                }

                foreach (var posting in postings[stem])
                {
                    var value = match * posting.Weight;
                    if (!best.TryGetValue(posting.Entry, out var current) || value > current)
                    {
                        best[posting.Entry] = value;
                    }
                }
            }

            var idf = Math.Log(1 + ((double)entries.Length / Math.Max(1, best.Count)));
            foreach (var (entry, value) in best)
            {
                scores.TryGetValue(entry, out var sum);
                scores[entry] = (sum.Coverage + 1, sum.Score + (value * idf));
            }
        }

        if (scores.Count == 0)
        {
            return [];
        }

        var maxCoverage = scores.Values.Max(s => s.Coverage);
        var relevant = scores.Where(s => s.Value.Coverage == maxCoverage).ToList();
        var topScore = relevant.Max(s => s.Value.Score);

        // Items, not clauses, are the unit of an answer: an item is as relevant as its best clause,
        // and all its clauses are quoted so that no part of the decision goes missing.
        var items = relevant
            .Where(s => s.Value.Score >= topScore * 0.5)
            .GroupBy(s => (entries[s.Key].ProtocolYear, entries[s.Key].ProtocolNumber, entries[s.Key].ItemNumber))
            .Select(g => (Key: g.Key, Score: g.Max(s => s.Value.Score)))
            .OrderByDescending(g => g.Score)
            .Take(maxItems)
            .ToList();

        return [.. items
            .SelectMany(item => clausesOfItem[item.Key]
                .Select(i => new DecisionSearchHit(entries[i], scores.TryGetValue(i, out var s) ? s.Coverage : 0, item.Score)))
            .OrderByDescending(h => h.Entry.MeetingDate)
            .ThenBy(h => h.Entry.ItemNumber)
            .ThenBy(h => h.Entry.ClauseIndex)];
    }

    private static void Add(Dictionary<string, double> fields, string? text, double weight)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        foreach (var stem in SwedishTokenizer.Stems(text))
        {
            if (!fields.TryGetValue(stem, out var existing) || existing < weight)
            {
                fields[stem] = weight;
            }
        }
    }

    private readonly record struct Posting(int Entry, double Weight);
}
