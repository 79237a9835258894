using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using MeetingBot.Cli.Protocols;
using MeetingBot.Core.Roster;
using MeetingBot.Storage;

namespace MeetingBot.Cli;

/// <summary><c>roster import FILE</c>, <c>roster from-protocol FILE</c>, <c>roster list [--json]</c>.</summary>
internal static class RosterCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static Command Create()
    {
        var roster = new Command("roster", "The group's members: who is invited, who may run the secretariat's commands.");
        roster.Subcommands.Add(Import());
        roster.Subcommands.Add(FromProtocol());
        roster.Subcommands.Add(List());
        return roster;
    }

    private static Command Import()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV with the header name,organisation,email,role, or a JSON array of such objects." };
        var command = new Command("import", "Add or update members from a file; nothing is stored if any row is bad.") { file };
        command.SetAction(async (parse, ct) =>
        {
            var members = await ReadRosterAsync(parse.GetRequiredValue(file), ct);
            await using var host = await CliHost.OpenAsync(ct);
            var result = await host.Get<RosterStore>().UpsertAsync(members, ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync(Summary(result));
            return 0;
        });
        return command;
    }

    private static Command FromProtocol()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A protocol (PDF or its text) whose present and absent people join the roster." };
        var command = new Command(
            "from-protocol",
            "Add the people a protocol names, without emails; organisation \"sekretariatet\" gets the secretariat role.") { file };
        command.SetAction(async (parse, ct) =>
        {
            var protocol = await ProtocolFile.ReadAsync(parse.GetRequiredValue(file), ct);
            await using var host = await CliHost.OpenAsync(ct);
            var result = await host.Get<RosterStore>().UpsertAsync(ProtocolRoster.Members(protocol), ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync(Summary(result));
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var json = new Option<bool>("--json") { Description = "Print the roster as JSON." };
        var command = new Command("list", "Print the roster, by organisation.") { json };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.OpenAsync(ct);
            var members = await host.Get<RosterStore>().ListAsync(ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync(parse.GetValue(json) ? ToJson(members) : ToTable(members));
            return 0;
        });
        return command;
    }

    /// <summary>Errors name the file as well as the line, like the protocol commands' do.</summary>
    private static async Task<IReadOnlyList<Member>> ReadRosterAsync(FileInfo file, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(file.FullName, cancellationToken);
        try
        {
            return RosterFile.Parse(text);
        }
        catch (MeetingBot.Core.DomainException ex)
        {
            throw new CliException($"{file.Name}: {ex.Message}");
        }
    }

    internal static string Summary(RosterUpsertResult result) =>
        $"Roster: {result.Added} added, {result.Updated} updated, {result.Unchanged} unchanged.";

    private static string ToJson(IReadOnlyList<Member> members) =>
        JsonSerializer.Serialize(members.Select(m => new { m.Name, m.Organisation, m.Email, Role = RoleName(m.Role) }), Json);

    private static string ToTable(IReadOnlyList<Member> members)
    {
        if (members.Count == 0)
        {
            return "The roster is empty. Add members with: roster import FILE";
        }

        var nameWidth = members.Max(m => m.Name.Length);
        var organisationWidth = members.Max(m => m.Organisation.Length);
        return string.Join(Environment.NewLine, members.Select(m =>
            $"{m.Name.PadRight(nameWidth)}  {m.Organisation.PadRight(organisationWidth)}  {RoleName(m.Role),-11}  {m.Email ?? "-"}"));
    }

    internal static string RoleName(MemberRole role) => role == MemberRole.Secretariat ? "secretariat" : "member";
}
