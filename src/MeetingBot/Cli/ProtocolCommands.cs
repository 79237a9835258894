using System.CommandLine;
using MeetingBot.Cli.Protocols;

namespace MeetingBot.Cli;

/// <summary>The <c>protocol</c> command; each subcommand lives in its own file under Cli/Protocols.</summary>
internal static class ProtocolCommands
{
    public static Command Create() => new("protocol", "Work with meeting protocols (Swedish minutes).")
    {
        ImportProtocolCommand.Create(),
        RenderProtocolCommand.Create(),
        SealProtocolCommand.Create(),
    };
}
