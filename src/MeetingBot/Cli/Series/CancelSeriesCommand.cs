using System.CommandLine;
using MeetingBot.Calendar;

namespace MeetingBot.Cli.Series;

/// <summary><c>series cancel 2026-04-17 [--comment TEXT]</c>: attendees get the calendar's cancellation.</summary>
internal static class CancelSeriesCommand
{
    public static Command Create()
    {
        var date = new Argument<string>("DATE") { Description = "The meeting's date, e.g. 2026-04-17." };
        var comment = new Option<string>("--comment") { Description = "Text for the cancellation the attendees receive." };
        var command = new Command("cancel", "Cancel one meeting; attendees receive a cancellation.") { date, comment };
        command.SetAction(async (parse, ct) =>
        {
            var day = SeriesDate.Parse(parse.GetValue(date), "the date");
            var text = parse.GetValue(comment) ?? $"Mötet {day:yyyy-MM-dd} är inställt.";
            await using var host = await CliHost.OpenAsync(ct);
            await host.Get<SeriesScheduler>().CancelAsync(day, text, ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Cancelled the meeting on {day:yyyy-MM-dd}.");
            return 0;
        });
        return command;
    }
}
