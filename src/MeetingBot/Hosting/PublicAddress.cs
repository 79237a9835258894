using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MeetingBot.Hosting;

/// <summary>
/// The host's public address for links the bot hands out (downloads, calendar feeds):
/// <c>Bot:PublicBaseUrl</c>, else the address the server listens on.
/// </summary>
internal sealed class PublicAddress(IServer server, IConfiguration configuration)
{
    public Uri Resolve(string path)
    {
        var configured = configuration["Bot:PublicBaseUrl"];
        var address = !string.IsNullOrWhiteSpace(configured)
            ? configured
            : server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost";
        return new Uri(new Uri(address.TrimEnd('/') + "/"), path.TrimStart('/'));
    }
}
