using System.Globalization;

namespace MeetingBot.Benchmarks.Load;

/// <summary>
/// The share of the machine's CPU time that nobody used (idle and I/O wait in /proc/stat) over a measured phase:
/// near zero, a scenario is bound by CPU; well above it, by waiting (a write turn, the disk, a hand-off between
/// threads), so a cheaper press would not by itself be a faster one.
/// </summary>
internal readonly record struct MachineIdle(long Idle, long Total)
{
    public static MachineIdle Now()
    {
        // "cpu  user nice system idle iowait irq softirq steal …", in clock ticks since boot.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return new(fields[3] + fields[4], fields.Take(8).Sum());
    }

    /// <summary>Percent of the CPU time since <paramref name="before"/> that was idle.</summary>
    public double PercentSince(MachineIdle before) =>
        Total == before.Total ? 0 : 100.0 * (Idle - before.Idle) / (Total - before.Total);
}
