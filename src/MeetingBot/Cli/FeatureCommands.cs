using System.CommandLine;

namespace MeetingBot.Cli;

/// <summary>The subcommands of each feature, in the order <c>--help</c> lists them.</summary>
internal static class FeatureCommands
{
    public static IEnumerable<Command> All() =>
    [
        ProtocolCommands.Create(),
        SeriesCommands.Create(),
        RosterCommands.Create(),
        AssignmentCommands.Create(),
        AskCommand.Create(),
        AppPackage.AppPackageCommands.Create(),
    ];
}
