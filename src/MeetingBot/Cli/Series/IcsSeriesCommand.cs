using System.CommandLine;
using System.Text;
using MeetingBot.Calendar.Ics;

namespace MeetingBot.Cli.Series;

/// <summary><c>series ics --member EMAIL -o FILE [--year 2026]</c>: the member's iCalendar invitation.</summary>
internal static class IcsSeriesCommand
{
    public static Command Create()
    {
        var member = new Option<string>("--member") { Description = "The member's email on the roster.", Required = true };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Where to write the .ics file.", Required = true };
        var year = new Option<int?>("--year") { Description = "The series' year (default: this year in Stockholm)." };
        var command = new Command("ics", "Write the series as an iCalendar (.ics) invitation for one member.") { member, output, year };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.OpenAsync(ct);
            var seriesYear = parse.GetValue(year) ?? Core.Series.StockholmTime.ToLocal(host.Get<TimeProvider>().GetUtcNow()).Year;
            var ics = await host.Get<SeriesIcsExport>().ForMemberAsync(seriesYear, parse.GetValue(member)!, ct);
            var file = parse.GetRequiredValue(output);
            await File.WriteAllTextAsync(file.FullName, ics, new UTF8Encoding(false), ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Wrote {file.FullName}.");
            return 0;
        });
        return command;
    }
}
