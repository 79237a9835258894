using System.Globalization;
using MeetingBot.Core.Protocols;

namespace MeetingBot.Cli.Protocols;

/// <summary>The short human-readable account of an imported protocol, in the secretariat's Swedish.</summary>
internal static class ProtocolSummary
{
    public static async Task WriteAsync(TextWriter output, Protocol protocol)
    {
        var room = protocol.Room is null ? string.Empty : $" ({protocol.Room})";
        await output.WriteLineAsync($"Protokoll nr {protocol.Number} {protocol.Year} – {protocol.Title}");
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{protocol.Date:yyyy-MM-dd} {protocol.Start:HH\\:mm}–{protocol.End:HH\\:mm}, {protocol.Location}{room}"));
        await output.WriteLineAsync($"Närvarande: {protocol.Present.Count}, anmält förhinder: {protocol.Absent.Count}");
        foreach (var item in protocol.Items)
        {
            var decisions = item.Decisions.Count switch { 0 => "inget beslut", 1 => "1 beslut", var n => $"{n} beslut" };
            await output.WriteLineAsync($"  §{item.Number} {item.Title} ({decisions})");
        }
    }
}
