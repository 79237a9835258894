namespace MeetingBot.Cli;

/// <summary>
/// Which exceptions are the user's mistake (bad file, bad argument, missing data) and so get a
/// one-line message and exit code 1 instead of a stack trace.
/// </summary>
internal static class CliErrors
{
    public static bool IsUserError(Exception ex) =>
        ex is CliException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException
            or MeetingBot.Core.DomainException;
}

/// <summary>A command-line failure whose message is meant for the user as it stands.</summary>
internal sealed class CliException(string message) : Exception(message);
