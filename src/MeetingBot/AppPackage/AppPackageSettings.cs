using System.Text.RegularExpressions;
using MeetingBot.Cli;

namespace MeetingBot.AppPackage;

/// <summary>What one deployment puts into the manifest template: the bot's app id, the public host name and the app version.</summary>
internal sealed partial record AppPackageSettings(Guid BotId, string Host, string Version)
{
    /// <summary>Checks the command line's values; the host is a bare DNS name because the manifest builds https URLs and validDomains from it.</summary>
    public static AppPackageSettings Parse(string? botId, string? host, string? version)
    {
        if (!Guid.TryParseExact(botId?.Trim(), "D", out var id) || id == Guid.Empty)
        {
            throw new CliException($"--bot-id must be the bot's Microsoft App ID, a GUID like 00000000-0000-0000-0000-000000000000 (got '{botId}').");
        }

        var name = host?.Trim().ToLowerInvariant() ?? "";
        if (name.Length > 253 || !HostName().IsMatch(name))
        {
            throw new CliException($"--host must be a host name like meetingbot.example.org, without https:// or a path (got '{host}').");
        }

        var appVersion = version?.Trim() ?? "";
        if (!SemanticVersion().IsMatch(appVersion))
        {
            throw new CliException($"--app-version must be a version like 1.0.0 (got '{version}').");
        }

        return new AppPackageSettings(id, name, appVersion);
    }

    // Labels of letters, digits and inner hyphens, at least two of them: the App Service and custom domains the app runs on.
    [GeneratedRegex("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$")]
    private static partial Regex HostName();

    [GeneratedRegex("^[0-9]+\\.[0-9]+\\.[0-9]+$")]
    private static partial Regex SemanticVersion();
}
