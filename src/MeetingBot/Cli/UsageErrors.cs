using System.CommandLine;

namespace MeetingBot.Cli;

/// <summary>
/// Bad command lines (an unknown command or option, a missing argument) are refused before anything
/// runs: the errors and the usage of the command that was meant go to stderr, and the exit code is 2,
/// the usual "usage error" code, so scripts can tell it from a failed job (1).
/// </summary>
internal static class UsageErrors
{
    public const int ExitCode = 2;

    /// <summary>
    /// System.CommandLine takes an unknown <c>--option</c> as an argument value and, with the root's
    /// unmatched tokens allowed for the host's configuration, ignores extra tokens on subcommands too;
    /// so both are checked here.
    /// </summary>
    public static IReadOnlyList<string> Find(ParseResult parse, IReadOnlySet<Command> serving)
    {
        List<string> problems = [.. parse.Errors.Select(e => e.Message)];
        if (serving.Contains(parse.CommandResult.Command))
        {
            problems.AddRange(HostArguments.Problems(parse.UnmatchedTokens));
            return problems;
        }

        problems.AddRange(parse.UnmatchedTokens.Select(t => $"unknown argument '{t}'"));
        foreach (var token in parse.Tokens)
        {
            if (token.Type == System.CommandLine.Parsing.TokenType.DoubleDash)
            {
                break;
            }

            if (token.Type == System.CommandLine.Parsing.TokenType.Argument && token.Value.Length > 1 && token.Value.StartsWith('-'))
            {
                problems.Add($"unknown option '{token.Value}'");
            }
        }

        return [.. problems.Distinct()];
    }

    public static async Task<int> WriteAsync(RootCommand root, ParseResult parse, IReadOnlyList<string> problems, CancellationToken cancellationToken)
    {
        foreach (var problem in problems)
        {
            await Console.Error.WriteLineAsync($"error: {problem}");
        }

        await Console.Error.WriteLineAsync();
        List<string> path = [];
        for (var result = parse.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            path.Insert(0, result.Command.Name);
        }

        var help = root.Parse([.. path, "--help"]);
        await help.InvokeAsync(new InvocationConfiguration { Output = Console.Error, Error = Console.Error }, cancellationToken);
        return ExitCode;
    }
}
