using MeetingBot.BotFramework.Authentication;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MeetingBot.BotFramework.Hosting;

/// <summary>
/// The host's own metadata address, known only once Kestrel listens (tests bind port 0). Wildcard
/// bindings are reached through 127.0.0.1, the one http host the validator allows.
/// </summary>
internal static class DevelopmentIssuerAddress
{
    public static string Resolve(IServer server)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The development issuer needs the server's address, but the server is not listening yet.");
        var uri = new Uri(address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal));
        var host = uri.Scheme == Uri.UriSchemeHttp ? "127.0.0.1" : uri.Host is "0.0.0.0" or "[::]" ? "localhost" : uri.Host;
        return $"{uri.Scheme}://{host}:{uri.Port}{DevelopmentIssuer.MetadataPath}";
    }
}
