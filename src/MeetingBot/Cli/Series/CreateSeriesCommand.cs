using System.CommandLine;
using System.Globalization;
using MeetingBot.Calendar;
using MeetingBot.Cli.Protocols;
using MeetingBot.Core.Calendar;
using MeetingBot.Core.Series;

namespace MeetingBot.Cli.Series;

/// <summary>
/// <c>series create --year 2026 --from-protocol FILE</c>: the year's meetings as single events in the
/// calendar (Outlook with a tenant, else the local one). Safe to rerun: only missing meetings are made.
/// Exits 1 when any date failed, after printing the others.
/// </summary>
internal static class CreateSeriesCommand
{
    public static Command Create()
    {
        var protocol = new Option<FileInfo>("--from-protocol") { Description = "The protocol whose decision lists the meeting dates.", Required = true };
        var year = new Option<int>("--year") { Description = "The year of the series.", Required = true };
        var command = new Command("create", "Create the year's meetings in the calendar, inviting the roster; reruns create only what is missing.") { protocol, year };
        command.SetAction(async (parse, ct) =>
        {
            var meetings = MeetingPlan.FromProtocol(await ProtocolFile.ReadAsync(parse.GetRequiredValue(protocol), ct), parse.GetValue(year));
            await using var host = await CliHost.OpenAsync(ct);
            var (series, result, cancelled) = await host.Get<SeriesScheduler>().CreateAsync(parse.GetValue(year), meetings, ct);
            await PrintAsync(parse.InvocationConfiguration.Output, series, result);
            foreach (var date in cancelled)
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync($"{date:yyyy-MM-dd} was cancelled and is not created again.");
            }

            return result.Failures.Count == 0 ? 0 : 1;
        });
        return command;
    }

    private static async Task PrintAsync(TextWriter output, SeriesDefinition series, SeriesCreation result)
    {
        foreach (var m in series.Attendees.Where(m => string.IsNullOrWhiteSpace(m.Email)))
        {
            await output.WriteLineAsync($"warning: {m.Name} ({m.Organisation}) has no email on the roster and is not invited");
        }

        var created = result.Created.Select(e => e.ExternalId).ToHashSet();
        foreach (var e in result.All)
        {
            var local = StockholmTime.ToLocal(e.Start);
            var end = StockholmTime.ToLocal(e.End);
            var state = created.Contains(e.ExternalId) ? "created" : "exists ";
            var join = e.JoinUrl?.AbsoluteUri ?? "-";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{e.Date:yyyy-MM-dd} {local:HH:mm}–{end:HH:mm}  {state}  id {e.ExternalId}  join {join}"));
        }

        foreach (var e in result.WithoutTeams)
        {
            await output.WriteLineAsync($"warning: {e.Date:yyyy-MM-dd} has no Teams meeting: the organiser's mailbox could not host one (isOnlineMeeting false)");
        }

        foreach (var f in result.Failures)
        {
            await output.WriteLineAsync($"failed  {f.Date:yyyy-MM-dd}: {f.Status} {f.Message}");
        }

        await output.WriteLineAsync($"{result.Created.Count} created, {result.Existing.Count} already there, {result.Failures.Count} failed.");
    }
}
