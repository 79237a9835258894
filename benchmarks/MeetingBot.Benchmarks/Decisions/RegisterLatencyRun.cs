using System.Diagnostics;
using MeetingBot.Core.Decisions;

namespace MeetingBot.Benchmarks.Decisions;

/// <summary>
/// <c>register [--decisions N] [--questions N]</c>: build time, p50/p99 question latency and the
/// register's memory, figures BenchmarkDotNet's summary does not give (it has no p99).
/// </summary>
internal static class RegisterLatencyRun
{
    public static int Run(string[] args)
    {
        var decisions = Option(args, "--decisions", 20_000);
        var questions = Option(args, "--questions", 2_000);
        var protocols = SyntheticRegister.Protocols(decisions);

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var register = DecisionRegister.Build(protocols);
        var build = watch.Elapsed;
        var memory = GC.GetTotalMemory(forceFullCollection: true) - before;

        for (var i = 0; i < 200; i++)
        {
            register.Search(SyntheticRegister.Questions[i % SyntheticRegister.Questions.Count]);
        }

        var latencies = new double[questions];
        for (var i = 0; i < questions; i++)
        {
            var start = Stopwatch.GetTimestamp();
            register.Search(SyntheticRegister.Questions[i % SyntheticRegister.Questions.Count]);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(latencies);
        Console.WriteLine($"decisions: {register.Entries.Count}, protocols: {protocols.Count}");
        Console.WriteLine($"build: {build.TotalMilliseconds:F0} ms, register memory: {memory / 1024.0 / 1024.0:F1} MiB");
        Console.WriteLine($"question latency over {questions}: p50 {latencies[questions / 2]:F2} ms, p99 {latencies[(int)(questions * 0.99)]:F2} ms, max {latencies[^1]:F2} ms");
        GC.KeepAlive(register);
        return 0;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    }
}
