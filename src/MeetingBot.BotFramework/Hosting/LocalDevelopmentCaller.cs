using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.BotFramework.Hosting;

/// <summary>
/// The one rule for Development-only routes (token minting, the development issuer, the playground):
/// they answer a browser or script on this machine, addressed to this machine, with no proxy in between.
/// The remote address alone is not enough: a reverse proxy on the same host connects from loopback, and
/// DNS rebinding makes a remote page's requests reach <c>localhost</c> under the attacker's host name.
/// </summary>
public static class LocalDevelopmentCaller
{
    /// <summary>Headers any common reverse proxy adds; their presence means the request did not start here.</summary>
    public static readonly IReadOnlyList<string> ProxyHeaders = ["Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Real-IP"];

    /// <summary>
    /// Refuses (403, problem details) every request to the endpoint, or to every endpoint of a group, that does not
    /// come from loopback, names a non-loopback <c>Host</c>, or carries a proxy header. Also marks the endpoint with
    /// <see cref="LocalDevelopmentCallerMetadata"/> so tests can check no Development route lacks it.
    /// </summary>
    public static TBuilder RequireLocalDevelopmentCaller<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Add(endpoint =>
        {
            endpoint.Metadata.Add(LocalDevelopmentCallerMetadata.Instance);

            // Wrapping the request delegate (rather than an endpoint filter) covers plain RequestDelegate endpoints too.
            var inner = endpoint.RequestDelegate ?? throw new InvalidOperationException($"Endpoint '{endpoint.DisplayName}' has no request delegate.");
            endpoint.RequestDelegate = context => Refusal(context) is { } reason ? RefuseAsync(context, reason) : inner(context);
        });
        return builder;
    }

    /// <summary>Null when the request may reach a Development-only route; otherwise why not, fit to show the caller.</summary>
    public static string? Refusal(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Connection.RemoteIpAddress is not { } ip || !IPAddress.IsLoopback(ip))
        {
            return "Development endpoints answer only callers on this machine.";
        }

        if (!IsLoopbackHost(context.Request.Host))
        {
            return "Development endpoints answer only requests addressed to localhost, 127.0.0.1 or [::1].";
        }

        foreach (var header in ProxyHeaders)
        {
            if (context.Request.Headers.ContainsKey(header))
            {
                return $"Development endpoints do not answer requests through a proxy (the request carries {header}).";
            }
        }

        return null;
    }

    /// <summary>The refusal as an endpoint of its own would give it: 403 with a problem-details body.</summary>
    public static Task RefuseAsync(HttpContext context, string reason) =>
        Results.Problem(detail: reason, statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);

    private static bool IsLoopbackHost(HostString host) => host.HasValue && host.Host.ToUpperInvariant() switch
    {
        "LOCALHOST" or "127.0.0.1" or "[::1]" => true,
        _ => false,
    };
}
