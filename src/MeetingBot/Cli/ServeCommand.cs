using System.CommandLine;
using MeetingBot.Hosting;
using MeetingBot.Playground;

namespace MeetingBot.Cli;

internal static class ServeCommand
{
    public const string NoSampleName = "--no-sample";

    public static Command Create()
    {
        var command = new Command("serve", "Run the web host (the default when no subcommand is given).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Options.Add(NoSampleOption());
        command.SetAction((parse, ct) => RunAsync(parse, ct));
        return command;
    }

    /// <summary>On <c>serve</c> and on the root command, which also serves.</summary>
    public static Option<bool> NoSampleOption() => new(NoSampleName)
    {
        Description = "Do not load the sample protocol, roster and 2026 series into an empty database (Development only).",
    };

    /// <summary>Unmatched tokens (e.g. <c>--urls</c>) go to ASP.NET Core's own configuration.</summary>
    public static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var args = LaptopDefaults.Apply([.. parse.UnmatchedTokens], !parse.GetValue<bool>(NoSampleName), Environment.GetEnvironmentVariable);
        await using var app = MeetingBotHost.Build(args);
        try
        {
            await app.RunAsync(cancellationToken);
        }
        catch (DevelopmentBindingException ex)
        {
            throw new CliException(ex.Message);
        }

        return 0;
    }
}
