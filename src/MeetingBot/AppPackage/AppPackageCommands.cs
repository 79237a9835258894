using System.CommandLine;
using MeetingBot.Cli;

namespace MeetingBot.AppPackage;

/// <summary><c>apppackage build --bot-id GUID [--sso-app-id GUID] --host HOST [-o FILE]</c>: the zip a Teams administrator uploads.</summary>
internal static class AppPackageCommands
{
    public static Command Create()
    {
        var command = new Command("apppackage", "The Teams and Outlook app package (manifest and icons).");
        command.Subcommands.Add(Build());
        return command;
    }

    private static Command Build()
    {
        var botId = new Option<string>("--bot-id") { Description = "The bot's Microsoft App ID (the Entra app registration's client id)." };
        var ssoAppId = new Option<string?>("--sso-app-id") { Description = "The Entra app registration SSO tokens are for (webApplicationInfo); defaults to --bot-id." };
        var host = new Option<string>("--host") { Description = "The public host name the app runs on, e.g. meetingbot.azurewebsites.net." };
        var version = new Option<string>("--app-version") { Description = "The package version; raise it for every upload.", DefaultValueFactory = _ => "1.0.0" };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Where to write the zip.", DefaultValueFactory = _ => new FileInfo("meetingbot.zip") };
        var template = new Option<DirectoryInfo?>("--template") { Description = "The template folder; by default the appPackage folder shipped with the program." };
        var command = new Command("build", "Fill in the bot id and host name and zip manifest.json with the icons.") { botId, ssoAppId, host, version, output, template };
        command.SetAction(async (parse, ct) =>
        {
            var settings = AppPackageSettings.Parse(parse.GetValue(botId), parse.GetValue(host), parse.GetValue(version), parse.GetValue(ssoAppId));
            var file = parse.GetRequiredValue(output);
            await AppPackageBuilder.WriteAsync(AppPackageTemplate.Locate(parse.GetValue(template)), settings, file, ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Wrote {file.FullName} for bot {settings.BotId} on https://{settings.Host}/.");
            return 0;
        });
        return command;
    }
}
