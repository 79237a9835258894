using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MeetingBot.Playground;

/// <summary>
/// Development serves the development issuer, its token endpoint and the playground's connector: things
/// meant for this machine only. Those endpoints refuse remote callers themselves; this refuses to start
/// at all when Kestrel listens beyond loopback, so a laptop never offers them to the café's network.
/// </summary>
internal sealed class DevelopmentBindingGuard(IServer server, ILogger<DevelopmentBindingGuard> logger) : IHostedLifecycleService
{
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var exposed = addresses.Where(a => !IsLoopback(a)).ToList();
        if (exposed.Count > 0)
        {
            throw new DevelopmentBindingException(
                $"Development listens only on loopback (it serves the development issuer and the playground), but the server is bound to {string.Join(", ", exposed)}. " +
                "Use --urls http://localhost:5000, or set ASPNETCORE_ENVIRONMENT=Production with a Bot section.");
        }

        if (addresses.FirstOrDefault() is { } address)
        {
            PlaygroundLog.PlaygroundReady(logger, address.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "/");
        }

        return Task.CompletedTask;
    }

    internal static bool IsLoopback(string address)
    {
        var normalised = address.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal);
        return Uri.TryCreate(normalised, UriKind.Absolute, out var uri) && BotFramework.Connector.ServiceUrlTrust.IsLoopback(uri);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
