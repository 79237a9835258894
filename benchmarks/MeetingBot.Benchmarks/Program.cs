using BenchmarkDotNet.Running;
using MeetingBot.Benchmarks.Calendar;
using MeetingBot.Benchmarks.Decisions;

namespace MeetingBot.Benchmarks;

/// <summary>
/// BenchmarkDotNet by default; named console modes for figures it cannot give
/// (percentiles over many requests, round trips against a slow fake, load against a running host).
/// </summary>
internal static class BenchmarkProgram
{
    public static int Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "register":
                return RegisterLatencyRun.Run(args[1..]);
            case "graph":
                GraphSeriesBenchmark.RunAsync().GetAwaiter().GetResult();
                return 0;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
                return 0;
        }
    }
}
