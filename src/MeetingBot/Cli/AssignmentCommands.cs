using System.CommandLine;
using MeetingBot.Cli.Assignments;

namespace MeetingBot.Cli;

/// <summary>The <c>assignments</c> command: the work decisions gave someone, recognised when protocols are stored.</summary>
internal static class AssignmentCommands
{
    public static Command Create() => new("assignments", "Follow up the assignments in stored protocols' decisions.")
    {
        ListAssignmentsCommand.Create(),
        MarkAssignmentDoneCommand.Create(),
    };
}
