using System.CommandLine;
using MeetingBot.Hosting;

namespace MeetingBot.Cli;

/// <summary>
/// The command line: no subcommand (or <c>serve</c>) runs the web host; the others are
/// one-shot jobs that share the host's composition root and configuration. A command line that
/// does not parse exits with 2 and its usage on stderr before anything runs.
/// </summary>
internal static class CommandLine
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("MeetingBot: meetings, agendas and protocols for Familjen Helsingborg.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        var serve = ServeCommand.Create();
        root.Options.Add(ServeCommand.NoSampleOption());
        root.SetAction((parse, ct) => ServeCommand.RunAsync(parse, ct));
        root.Subcommands.Add(serve);
        foreach (var command in FeatureCommands.All())
        {
            root.Subcommands.Add(command);
        }

        var parseResult = root.Parse(args);
        var problems = UsageErrors.Find(parseResult, new HashSet<Command> { root, serve });
        if (problems.Count > 0)
        {
            return await UsageErrors.WriteAsync(root, parseResult, problems, cancellationToken);
        }

        try
        {
            return await parseResult.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Exception ex) when (CliErrors.IsUserError(ex))
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
    }
}
