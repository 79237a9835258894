using System.CommandLine;
using MeetingBot.Hosting;

namespace MeetingBot.Cli;

internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Run the web host (the default when no subcommand is given).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((parse, ct) => RunAsync(parse, ct));
        return command;
    }

    /// <summary>Unmatched tokens (e.g. <c>--urls</c>) go to ASP.NET Core's own configuration.</summary>
    public static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        await using var app = MeetingBotHost.Build([.. parse.UnmatchedTokens]);
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
