using System.CommandLine;
using MeetingBot.Core.Protocols;

namespace MeetingBot.Cli.Protocols;

/// <summary><c>protocol import FILE [--json] [--save]</c>: reads a protocol (PDF or text), prints it, and stores it if asked.</summary>
internal static class ImportProtocolCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The protocol: a PDF, or its text layer as UTF-8 text." };
        var json = new Option<bool>("--json") { Description = "Print the protocol as JSON instead of a summary." };
        var save = new Option<bool>("--save") { Description = "Also store it; a protocol with the same number and year is replaced." };
        var command = new Command("import", "Read a protocol into its structured form.") { file, json, save };
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

            if (parse.GetValue(save))
            {
                await ProtocolSaving.SaveAsync(protocol, parse.GetValue(json) ? parse.InvocationConfiguration.Error : output, ct);
            }

            return 0;
        });
        return command;
    }
}
