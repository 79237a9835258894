using System.CommandLine;
using MeetingBot.Core.Protocols;

namespace MeetingBot.Cli.Protocols;

/// <summary><c>protocol import FILE [--json]</c>: reads a protocol (PDF or text) and prints it.</summary>
internal static class ImportProtocolCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The protocol: a PDF, or its text layer as UTF-8 text." };
        var json = new Option<bool>("--json") { Description = "Print the protocol as JSON instead of a summary." };
        var command = new Command("import", "Read a protocol into its structured form.") { file, json };
        command.SetAction(async (parse, ct) =>
        {
            var protocol = await ProtocolFile.ReadAsync(parse.GetRequiredValue(file), ct);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(ProtocolJson.Serialize(protocol));
            }
            else
            {
                await ProtocolSummary.WriteAsync(output, protocol);
            }

            return 0;
        });
        return command;
    }
}
