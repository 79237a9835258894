using System.Collections.Concurrent;
using System.Net;

namespace MeetingBot.BotFramework.Connector;

/// <summary>
/// Decides where an outbound bearer token may go: serviceUrls that arrived in an authenticated
/// activity, Teams' own Connector hosts over https, and (Development only) loopback.
/// The token is a credential for the whole bot, so an unknown URL never receives it.
/// </summary>
public sealed class ServiceUrlTrust(bool allowLoopback)
{
    private static readonly HashSet<string> MicrosoftHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
    };

    private readonly ConcurrentDictionary<string, bool> trusted = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Call only with the serviceUrl of an activity whose token passed the <c>serviceurl</c> check.</summary>
    public void Trust(string serviceUrl)
    {
        if (Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
        {
            trusted.TryAdd(Normalize(uri), true);
        }
    }

    public bool IsTrusted(Uri serviceUrl) =>
        (allowLoopback && IsLoopback(serviceUrl))
        || (serviceUrl.Scheme == Uri.UriSchemeHttps && (
            (serviceUrl.IsDefaultPort && MicrosoftHosts.Contains(serviceUrl.Host)) || trusted.ContainsKey(Normalize(serviceUrl))));

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static string Normalize(Uri uri) => uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
}
