namespace MeetingBot.Cli;

/// <summary>
/// Which of <c>serve</c>'s unmatched tokens are configuration for ASP.NET Core (<c>--urls URL</c>,
/// <c>--Playground:Today=2026-01-12</c>) and which are mistakes. Anything else used to be handed to
/// the host silently, so a typo such as <c>MeetingBot nosuchcommand</c> started the server and loaded
/// the sample data.
/// </summary>
internal static class HostArguments
{
    // Keys without a section separator are only the host's own settings (WebHostDefaults and the
    // hosting defaults); every setting of ours lives in a section, e.g. Storage:Provider.
    private static readonly HashSet<string> TopLevelKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "urls", "environment", "contentRoot", "applicationName", "http_ports", "https_ports", "AllowedHosts",
        "webroot", "detailedErrors", "shutdownTimeoutSeconds", "preventHostingStartup", "hostingStartupAssemblies",
        "hostingStartupExcludeAssemblies", "suppressStatusMessages", "captureStartupErrors", "https_port", "preferHostingUrls",
    };

    /// <summary>The problems with <paramref name="tokens"/>, one message each; empty when all are configuration.</summary>
    public static IEnumerable<string> Problems(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.StartsWith("--", StringComparison.Ordinal) || token.Length == 2)
            {
                yield return $"unknown command or argument '{token}'";
                continue;
            }

            var equals = token.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? token[2..] : token[2..equals];
            if (!IsConfigurationKey(key))
            {
                yield return $"unknown option '{token}'";
            }
            else if (equals < 0)
            {
                // "--key value": ASP.NET Core ignores a switch with no value; a dangling key is a typo.
                if (i + 1 >= tokens.Count || tokens[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    yield return $"option '{token}' needs a value";
                }
                else
                {
                    i++;
                }
            }
        }
    }

    private static bool IsConfigurationKey(string key) =>
        key.Length > 0 && (key.Contains(':', StringComparison.Ordinal) ? !key.StartsWith(':') && !key.EndsWith(':') : TopLevelKeys.Contains(key));
}
