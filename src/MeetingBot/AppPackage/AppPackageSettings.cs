using System.Text.RegularExpressions;
using MeetingBot.Cli;

namespace MeetingBot.AppPackage;

/// <summary>
/// What one deployment puts into the manifest template: the bot's app id, the Entra app that SSO tokens
/// are issued for (the bot's own id unless the bot is a managed identity, see infra/README.md), the
/// public host name and the app version.
/// </summary>
internal sealed partial record AppPackageSettings(Guid BotId, Guid SsoAppId, string Host, string Version)
{
    /// <summary>Checks the command line's values; the host is a bare DNS name because the manifest builds https URLs and validDomains from it.</summary>
    public static AppPackageSettings Parse(string? botId, string? host, string? version, string? ssoAppId = null)
    {
        var id = ParseId("--bot-id", "the bot's Microsoft App ID", botId);
        var sso = ssoAppId is null ? id : ParseId("--sso-app-id", "the SSO app registration's client id", ssoAppId);

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

        return new AppPackageSettings(id, sso, name, appVersion);
    }

    private static Guid ParseId(string option, string what, string? value) =>
        Guid.TryParseExact(value?.Trim(), "D", out var id) && id != Guid.Empty
            ? id
            : throw new CliException($"{option} must be {what}, a GUID like 3f2504e0-4f89-11d3-9a0c-0305e82c3301 (got '{value}').");

    // Labels of letters, digits and inner hyphens, at least two of them: the App Service and custom domains the app runs on.
    [GeneratedRegex("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$")]
    private static partial Regex HostName();

    [GeneratedRegex("^[0-9]+\\.[0-9]+\\.[0-9]+$")]
    private static partial Regex SemanticVersion();
}
