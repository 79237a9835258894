using System.CommandLine;
using System.Globalization;
using System.Text;
using MeetingBot.Assignments;
using MeetingBot.Core.Assignments;

namespace MeetingBot.Cli.Assignments;

/// <summary>
/// <c>assignments list [--open] [--json]</c>. The JSON is a contract (see <see cref="AssignmentJson"/>);
/// the table adds the id that <c>assignments done</c> takes.
/// </summary>
internal static class ListAssignmentsCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the assignments as JSON." };
        var open = new Option<bool>("--open") { Description = "Only the assignments not yet done." };
        var command = new Command("list", "List the assignments, soonest due first.") { json, open };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.OpenAsync(ct);
            var assignments = await host.Get<AssignmentStore>().ListAsync(parse.GetValue(open), ct);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync(parse.GetValue(json) ? AssignmentJson.Serialize(assignments) : ToTable(assignments));
            return 0;
        });
        return command;
    }

    private static string ToTable(IReadOnlyList<TrackedAssignment> assignments)
    {
        if (assignments.Count == 0)
        {
            return "No assignments.";
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"ID",4}  {"PROTOCOL",-9} {"§",3}  {"DUE",-10}  {"STATUS",-6}  {"OWNER",-24}  TASK");
        foreach (var t in assignments)
        {
            var a = t.Assignment;
            var due = a.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{t.Id,4}  {a.Protocol,-9} {a.Item,3}  {due,-10}  {t.Status,-6}  {a.Owner,-24}  {a.Task}{(a.DueText is null ? string.Empty : $" ({a.DueText})")}");
        }

        return text.ToString().TrimEnd();
    }
}
