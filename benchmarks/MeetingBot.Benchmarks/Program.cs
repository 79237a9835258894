using BenchmarkDotNet.Running;
using MeetingBot.Benchmarks.Calendar;
using MeetingBot.Benchmarks.Decisions;
using MeetingBot.Benchmarks.FanOut;
using MeetingBot.Benchmarks.Load;

namespace MeetingBot.Benchmarks;

/// <summary>
/// BenchmarkDotNet by default; named console modes for figures it cannot give
/// (percentiles over many requests, round trips against a slow fake, load against a running host).
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "register":
                return RegisterLatencyRun.Run(args[1..]);
            case "graph":
                await GraphSeriesBenchmark.RunAsync();
                return 0;
            case LoadDriver.Command:
                return await LoadDriver.RunAsync(args[1..]);
            case FanOutBenchmark.Command:
                return await FanOutBenchmark.RunAsync(args[1..]);
            case BenchmarkServer.Command:
                return await BenchmarkServer.RunAsync(args[1..]);
            default:
                BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
                return 0;
        }
    }
}
