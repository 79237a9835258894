using System.Buffers;
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
        var stemCache = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            var fields = new Dictionary<string, double>(StringComparer.Ordinal);
            Add(fields, entries[i].ItemTitle, TitleWeight, stemCache);
            Add(fields, entries[i].Decision, DecisionWeight, stemCache);
            Add(fields, entries[i].Summary, SummaryWeight, stemCache);
            foreach (var presenter in entries[i].Presenters)
            {
                Add(fields, presenter, PresenterWeight, stemCache);
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

    public IReadOnlyList<DecisionEntry> Entries => entries;

    /// <summary>
    /// Builds the register. A protocol that appears twice (same number and year) counts once,
    /// the later occurrence winning, as a re-import replaces the earlier one.
    /// </summary>
    /// <param name="justerade">References ("5/2025") of the protocols that are justerade; their decisions are marked.</param>
    public static DecisionRegister Build(IEnumerable<Protocol> protocols, IReadOnlySet<string>? justerade = null)
    {
        ArgumentNullException.ThrowIfNull(protocols);
        var latest = new Dictionary<(int, int), Protocol>();
        foreach (var protocol in protocols)
        {
            latest[(protocol.Year, protocol.Number)] = protocol;
        }

        return new DecisionRegister([.. latest.Values.SelectMany(DecisionEntry.From)
            .Select(e => justerade?.Contains(e.ProtocolReference) == true ? e with { Justerat = true } : e)]);
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

        // Dense arrays indexed by entry: a question touches thousands of postings, and dictionaries
        // of that size cost more than the matching itself. Rented, not allocated: at 20,000
        // decisions they would land on the large-object heap on every question.
        var coverage = ArrayPool<int>.Shared.Rent(entries.Length);
        var score = ArrayPool<double>.Shared.Rent(entries.Length);
        var best = ArrayPool<double>.Shared.Rent(entries.Length);
        Array.Clear(coverage, 0, entries.Length);
        Array.Clear(score, 0, entries.Length);
        Array.Clear(best, 0, entries.Length);
        try
        {
            return Rank(terms, coverage, score, best, [], maxItems);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(coverage);
            ArrayPool<double>.Shared.Return(score);
            ArrayPool<double>.Shared.Return(best);
        }
    }

    private List<DecisionSearchHit> Rank(IReadOnlyList<string> terms, int[] coverage, double[] score, double[] best, List<int> touched, int maxItems)
    {
        var touchedByTerm = new List<int>();
        foreach (var term in terms)
        {
            touchedByTerm.Clear();
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
                    if (best[posting.Entry] == 0)
                    {
                        touchedByTerm.Add(posting.Entry);
                    }

                    best[posting.Entry] = Math.Max(best[posting.Entry], value);
                }
            }

            var idf = Math.Log(1 + ((double)entries.Length / Math.Max(1, touchedByTerm.Count)));
            foreach (var entry in touchedByTerm)
            {
                if (coverage[entry] == 0)
                {
                    touched.Add(entry);
                }

                coverage[entry]++;
                score[entry] += best[entry] * idf;
                best[entry] = 0;
            }
        }

        if (touched.Count == 0)
        {
            return [];
        }

        var maxCoverage = touched.Max(e => coverage[e]);
        var relevant = touched.Where(e => coverage[e] == maxCoverage).ToList();
        var topScore = relevant.Max(e => score[e]);

        // Items, not clauses, are the unit of an answer: an item is as relevant as its best clause,
        // and all its clauses are quoted so that no part of the decision goes missing.
        var items = relevant
            .Where(e => score[e] >= topScore * 0.5)
            .GroupBy(e => (entries[e].ProtocolYear, entries[e].ProtocolNumber, entries[e].ItemNumber))
            .Select(g => (Key: g.Key, Score: g.Max(e => score[e])))
            .OrderByDescending(g => g.Score)
            .Take(maxItems)
            .ToList();

        return [.. items
            .SelectMany(item => clausesOfItem[item.Key]
                .Select(i => new DecisionSearchHit(entries[i], coverage[i], item.Score)))
            .OrderByDescending(h => h.Entry.MeetingDate)
            .ThenBy(h => h.Entry.ItemNumber)
            .ThenBy(h => h.Entry.ClauseIndex)];
    }

    private static void Add(Dictionary<string, double> fields, string? text, double weight, Dictionary<string, string?> stemCache)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        foreach (var stem in SwedishTokenizer.Stems(text, stemCache))
        {
            if (!fields.TryGetValue(stem, out var existing) || existing < weight)
            {
                fields[stem] = weight;
            }
        }
    }

    private readonly record struct Posting(int Entry, double Weight);
}
