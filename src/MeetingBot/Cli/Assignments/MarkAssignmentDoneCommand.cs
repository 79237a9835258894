using System.CommandLine;
using MeetingBot.Assignments;

namespace MeetingBot.Cli.Assignments;

/// <summary><c>assignments done ID [--by NAME]</c>: marks one assignment done; an unknown id is an error (exit 1).</summary>
internal static class MarkAssignmentDoneCommand
{
    public static Command Create()
    {
        var id = new Argument<int>("ID") { Description = "The assignment's id, as assignments list shows it." };
        var by = new Option<string?>("--by") { Description = "Who reported it done." };
        var command = new Command("done", "Mark an assignment done.") { id, by };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.OpenAsync(ct);
            var number = parse.GetValue(id);
            var done = await host.Get<AssignmentStore>().MarkDoneAsync(number, parse.GetValue(by), ct)
                ?? throw new CliException($"no assignment has id {number} (assignments list shows the ids)");
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                $"Assignment {done.Id} ({done.Assignment.Protocol} §{done.Assignment.Item}, {done.Assignment.Owner}) is done.");
            return 0;
        });
        return command;
    }
}
