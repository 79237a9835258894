using BenchmarkDotNet.Running;

namespace MeetingBot.Benchmarks;

internal static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
        if (args is ["graph", ..]) { Calendar.GraphSeriesBenchmark.RunAsync().GetAwaiter().GetResult(); return; }
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
