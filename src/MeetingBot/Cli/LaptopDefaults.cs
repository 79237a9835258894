namespace MeetingBot.Cli;

/// <summary>
/// What <c>serve</c> adds to the host's arguments so that a fresh clone runs with no configuration:
/// Development (SQLite, local calendar, development issuer, playground) on http://localhost:5000 when
/// no environment is named, and the sample data unless <c>--no-sample</c>. The content root is the
/// app's own folder (where appsettings.json and wwwroot are), not the folder <c>dotnet run</c> was
/// started from; the data folder stays relative to the working directory. Prepended, so anything the
/// user passes on the command line wins.
/// </summary>
internal static class LaptopDefaults
{
    public const string Url = "http://localhost:5000";

    public static string[] Apply(IReadOnlyList<string> args, bool loadSample, Func<string, string?> environment)
    {
        List<string> defaults = [];
        if (string.IsNullOrEmpty(environment("ASPNETCORE_CONTENTROOT")) && !HasArgument(args, "--contentRoot"))
        {
            defaults.AddRange(["--contentRoot", AppContext.BaseDirectory]);
        }

        var named = !string.IsNullOrEmpty(environment("ASPNETCORE_ENVIRONMENT")) || !string.IsNullOrEmpty(environment("DOTNET_ENVIRONMENT"))
            || HasArgument(args, "--environment");
        if (!named)
        {
            defaults.AddRange(["--environment", "Development"]);
            var urls = new[] { "ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS" }.Any(v => !string.IsNullOrEmpty(environment(v)))
                || HasArgument(args, "--urls");
            if (!urls)
            {
                defaults.AddRange(["--urls", Url]);
            }
        }

        // The default goes in a key of its own: the command line outranks environment variables, and
        // Playground__SampleData=false must still be able to turn the sample off.
        defaults.Add(loadSample ? "--Playground:SampleDataDefault=true" : "--Playground:SampleData=false");
        return [.. defaults, .. args];
    }

    private static bool HasArgument(IReadOnlyList<string> args, string name) =>
        args.Any(a => a.Equals(name, StringComparison.OrdinalIgnoreCase) || a.StartsWith(name + "=", StringComparison.OrdinalIgnoreCase));
}
