using MeetingBot.BotFramework.Authentication;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MeetingBot.Outlook;

/// <summary>
/// Whose tokens the task pane's API accepts. Entra's v2.0 issuer for the configured SSO app, or in
/// Development without that configuration the development issuer, whose metadata the host itself
/// publishes; both are validated by the same code, only these values differ.
/// </summary>
internal sealed record OutlookTokenSettings(Func<string> MetadataAddress, string Issuer, IReadOnlyList<string> Audiences, string? TenantId, bool RequireHttps)
{
    public static OutlookTokenSettings Entra(OutlookOptions options) => new(
        () => options.MetadataAddress,
        options.Issuer,
        [options.ApplicationIdUri!, options.ClientId!],
        options.TenantId,
        RequireHttps: !options.Authority.IsLoopback);

    public static OutlookTokenSettings Development(IServer server) => new(
        () => OwnMetadataAddress(server),
        DevelopmentIssuer.Issuer,
        [OutlookOptions.DevelopmentAudience],
        TenantId: null,
        RequireHttps: false);

    /// <summary>The host's own origin, known once Kestrel listens (tests bind port 0); wildcards are reached on loopback.</summary>
    private static string OwnMetadataAddress(IServer server)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The development issuer's metadata needs the server's address, but the server is not listening yet.");
        var uri = new Uri(address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal).Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal).Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal));
        return $"{uri.Scheme}://{uri.Host}:{uri.Port}{DevelopmentIssuer.MetadataPath}";
    }
}
