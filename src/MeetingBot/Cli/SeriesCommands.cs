using System.CommandLine;
using MeetingBot.Cli.Series;

namespace MeetingBot.Cli;

/// <summary>The <c>series</c> command; each subcommand lives in its own file under Cli/Series.</summary>
internal static class SeriesCommands
{
    public static Command Create() => new("series", "Plan and manage the recurring meetings of the group.")
    {
        PlanSeriesCommand.Create(),
    };
}
