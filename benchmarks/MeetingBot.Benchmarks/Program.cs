using BenchmarkDotNet.Running;
using MeetingBot.Benchmarks.Load;

namespace MeetingBot.Benchmarks;

internal static class BenchmarkProgram
{
    /// <summary><c>load …</c> drives a running host over HTTP (see <see cref="LoadDriver"/>); anything else goes to BenchmarkDotNet.</summary>
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == LoadDriver.Command)
        {
            return await LoadDriver.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == BenchmarkServer.Command)
        {
            return await BenchmarkServer.RunAsync(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
