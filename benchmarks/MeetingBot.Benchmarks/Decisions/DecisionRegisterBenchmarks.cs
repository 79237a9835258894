using BenchmarkDotNet.Attributes;
using MeetingBot.Core.Decisions;
using MeetingBot.Core.Protocols;

namespace MeetingBot.Benchmarks.Decisions;

/// <summary>Index build and question latency over a synthetic register of 20,000 decisions.</summary>
[MemoryDiagnoser]
public class DecisionRegisterBenchmarks
{
    private IReadOnlyList<Protocol> protocols = [];
    private DecisionRegister register = DecisionRegister.Empty;

    [Params(20_000)]
    public int Decisions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        protocols = SyntheticRegister.Protocols(Decisions);
        register = DecisionRegister.Build(protocols);
    }

    [Benchmark]
    public DecisionRegister Build() => DecisionRegister.Build(protocols);

    [Benchmark]
    public int AskAllSampleQuestions()
    {
        var found = 0;
        foreach (var question in SyntheticRegister.Questions)
        {
            found += register.Search(question).Count;
        }

        return found;
    }
}
