using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MeetingBot.Agenda;

/// <summary>
/// Where the host's own agenda page is, for invitations when <c>Calendar:AgendaBaseUrl</c> is not set
/// (the local calendar and the playground): <c>Bot:PublicBaseUrl</c> plus <c>agenda/</c>, else the
/// address the running server listens on. Null where neither is known (a CLI command, a wildcard
/// binding), so an invitation then has no agenda link rather than a wrong one.
/// </summary>
internal sealed class AgendaAddress(IServer server, IConfiguration configuration)
{
    public Uri? BaseUrl
    {
        get
        {
            var configured = configuration["Bot:PublicBaseUrl"];
            var host = !string.IsNullOrWhiteSpace(configured)
                ? configured
                : server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(IsReachable);
            return host is not null && Uri.TryCreate(host.TrimEnd('/') + "/agenda/", UriKind.Absolute, out var url) ? url : null;
        }
    }

    /// <summary>"http://+:80" or "http://[::]:8080" says where the server listens, not how anyone reaches it.</summary>
    private static bool IsReachable(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && !(IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any)));
}
