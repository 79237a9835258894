using BenchmarkDotNet.Attributes;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;

namespace MeetingBot.Benchmarks.Cards;

/// <summary>
/// The card an RSVP press answers with (issue 14): the presser's view of a ten-item agenda with six
/// substitutes to choose from, built and serialised as the invoke response sends it.
/// </summary>
[MemoryDiagnoser]
public class AgendaCardBenchmarks
{
    private AgendaCardModel model = null!;
    private AgendaViewer viewer = null!;
    private AdaptiveCard card = null!;

    [GlobalSetup]
    public void Setup()
    {
        var items = Enumerable.Range(1, 10)
            .Select(n => new AgendaItem(n, $"Ärende {n}: samverkan om kompetensförsörjning", n % 2 == 0 ? "Föredragning och diskussion." : null, [$"Föredragande {n}"], n % 3 == 0 ? ["Bilaga.pdf"] : []))
            .ToList();
        model = new AgendaCardModel(
            "42", "Kommundirektörsgruppen", new DateOnly(2026, 2, 6), new TimeOnly(9, 0), new TimeOnly(12, 0), "Helsingborg, Stadshuset",
            new Uri("https://teams.microsoft.com/l/meetup-join/19%3ameeting_bench%40thread.v2/0"), items, new AttendanceTally(7, 2, 2),
            [.. Enumerable.Range(0, 11).Select(i => $"29:1bench-member-{i:D2}")]);
        viewer = new AgendaViewer(new ViewerAnswer(AttendanceStatus.Declined, "Ersättare 3"), [.. Enumerable.Range(1, 6).Select(i => new SubstituteOption($"{i}", $"Ersättare {i}"))]);
        card = AgendaCard.Build(model, viewer);
    }

    [Benchmark]
    public AdaptiveCard Build() => AgendaCard.Build(model, viewer);

    [Benchmark]
    public int Serialize() => CardJson.SerializeToUtf8Bytes(card).Length;

}
