using MeetingBot.BotFramework.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MeetingBot.BotFramework.Hosting;

public static class BotEndpointExtensions
{
    /// <summary>
    /// Maps <c>POST /api/messages</c>, and in Development the development issuer's OpenID metadata and
    /// JWKS plus <c>POST /dev/token</c> and <c>POST /dev/emulator/api/messages</c> (Microsoft 365 Agents
    /// Playground) for local clients on this machine.
    /// </summary>
    public static IEndpointRouteBuilder MapBotEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        if (!services.GetRequiredService<BotFrameworkState>().Enabled)
        {
            return endpoints;
        }

        var messages = services.GetRequiredService<MessagesEndpoint>();
        endpoints.MapPost(MessagesEndpoint.Route, messages.HandleAsync);

        if (services.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            MapDevelopmentIssuer(endpoints, services.GetRequiredService<DevelopmentIssuer>());
            endpoints.MapPost(EmulatorMessagesEndpoint.Route, services.GetRequiredService<EmulatorMessagesEndpoint>().HandleAsync);
        }

        return endpoints;
    }

    private static void MapDevelopmentIssuer(IEndpointRouteBuilder endpoints, DevelopmentIssuer issuer)
    {
        endpoints.MapGet(DevelopmentIssuer.MetadataPath, (HttpContext context) =>
            Results.Text(issuer.MetadataDocument($"{context.Request.Scheme}://{context.Request.Host}"), "application/json"));
        endpoints.MapGet(DevelopmentIssuer.JwksPath, () => Results.Text(issuer.JwksDocument(), "application/json"));

        // Signs a Bot Connector–style token for a local client (playground, scripts); refused to anyone not on this machine.
        endpoints.MapPost("/dev/token", (HttpContext context, string serviceUrl, BotAuthenticationSettings settings) =>
            context.Connection.RemoteIpAddress is { } ip && System.Net.IPAddress.IsLoopback(ip)
                ? Results.Json(new Dictionary<string, string> { ["access_token"] = issuer.CreateToken(settings.AppId, serviceUrl) })
                : Results.StatusCode(StatusCodes.Status403Forbidden));
    }
}
