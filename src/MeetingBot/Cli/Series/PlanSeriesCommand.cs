using System.CommandLine;
using System.Globalization;
using MeetingBot.Cli.Protocols;
using MeetingBot.Core.Series;

namespace MeetingBot.Cli.Series;

/// <summary><c>series plan --from-protocol FILE --year 2026 [--json]</c>: the meetings a protocol decided for a year.</summary>
internal static class PlanSeriesCommand
{
    public static Command Create()
    {
        var protocol = new Option<FileInfo>("--from-protocol") { Description = "The protocol whose decision lists the meeting dates.", Required = true };
        var year = new Option<int>("--year") { Description = "The year the dates are in.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the plan as JSON." };
        var command = new Command("plan", "List the meetings a protocol decided for a year, in Stockholm time and UTC.") { protocol, year, json };
        command.SetAction(async (parse, ct) =>
        {
            var source = await ProtocolFile.ReadAsync(parse.GetRequiredValue(protocol), ct);
            var meetings = MeetingPlan.FromProtocol(source, parse.GetValue(year));
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(PlannedMeetingJson.Serialize(meetings));
                return 0;
            }

            var swedish = CultureInfo.GetCultureInfo("sv-SE");
            foreach (var m in meetings)
            {
                await output.WriteLineAsync(string.Create(swedish,
                    $"{m.Date:yyyy-MM-dd ddd} {m.StartLocal:HH\\:mm}–{m.EndLocal:HH\\:mm} ({m.StartUtc.UtcDateTime:HH\\:mm}Z–{m.EndUtc.UtcDateTime:HH\\:mm}Z)"));
            }

            return 0;
        });
        return command;
    }
}
