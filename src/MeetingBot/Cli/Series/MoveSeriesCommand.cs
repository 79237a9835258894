using System.CommandLine;
using MeetingBot.Calendar;
using MeetingBot.Core.Calendar;
using MeetingBot.Core.Series;

namespace MeetingBot.Cli.Series;

/// <summary>
/// <c>series move 2026-04-17 --to 2026-04-24</c>: same local times on the new date; attendees get
/// the calendar's update.
/// </summary>
internal static class MoveSeriesCommand
{
    public static Command Create()
    {
        var date = new Argument<string>("DATE") { Description = "The meeting's current date, e.g. 2026-04-17." };
        var to = new Option<string>("--to") { Description = "The new date, e.g. 2026-04-24.", Required = true };
        var command = new Command("move", "Move one meeting to another date at the same local time; attendees receive an update.") { date, to };
        command.SetAction(async (parse, ct) =>
        {
            var from = SeriesDate.Parse(parse.GetValue(date), "the date");
            var target = SeriesDate.Parse(parse.GetValue(to), "--to");
            if (target.Year != from.Year)
            {
                throw new CliException($"a meeting of the {from.Year} series cannot move to {target.Year}");
            }

            await using var host = await CliHost.OpenAsync(ct);
            var calendar = host.Get<ISeriesCalendar>();
            var seriesId = SeriesDefinition.IdForYear(from.Year);
            var current = (await calendar.ListAsync(seriesId, ct)).FirstOrDefault(e => e.Date == from && !e.IsCancelled)
                ?? throw new CliException($"no meeting on {from:yyyy-MM-dd}");
            var planned = PlannedMeeting.At(target,
                TimeOnly.FromDateTime(StockholmTime.ToLocal(current.Start).DateTime),
                TimeOnly.FromDateTime(StockholmTime.ToLocal(current.End).DateTime));
            var moved = await host.Get<SeriesScheduler>().MoveAsync(from, planned, ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                $"Moved the meeting of {from:yyyy-MM-dd} to {moved.Date:yyyy-MM-dd} {planned.StartLocal:HH\\:mm}–{planned.EndLocal:HH\\:mm}.");
            return 0;
        });
        return command;
    }
}
