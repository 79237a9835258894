using MeetingBot.BotFramework.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MeetingBot.BotFramework.Hosting;

public static class BotEndpointExtensions
{
    public const string DevelopmentTokenRoute = "/dev/token";

    /// <summary>
    /// Maps <c>POST /api/messages</c>, and in Development the development issuer's OpenID metadata and
    /// JWKS plus <c>POST /dev/token</c> and <c>POST /dev/emulator/api/messages</c> (Microsoft 365 Agents
    /// Playground) for local clients on this machine (<see cref="LocalDevelopmentCaller"/>).
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
            endpoints.MapPost(EmulatorMessagesEndpoint.Route, services.GetRequiredService<EmulatorMessagesEndpoint>().HandleAsync)
                .RequireLocalDevelopmentCaller();
        }

        return endpoints;
    }

    private static void MapDevelopmentIssuer(IEndpointRouteBuilder endpoints, DevelopmentIssuer issuer)
    {
        // All of it answers this machine only (see LocalDevelopmentCaller): the metadata names the key /api/messages trusts.
        var development = endpoints.MapGroup(string.Empty).RequireLocalDevelopmentCaller();
        development.MapGet(DevelopmentIssuer.MetadataPath, (HttpContext context) =>
            Results.Text(issuer.MetadataDocument($"{context.Request.Scheme}://{context.Request.Host}"), "application/json"));
        development.MapGet(DevelopmentIssuer.JwksPath, () => Results.Text(issuer.JwksDocument(), "application/json"));

        // Signs a Bot Connector–style token for a local client (playground, scripts).
        development.MapPost(DevelopmentTokenRoute, (string serviceUrl, BotAuthenticationSettings settings) =>
            Results.Json(new Dictionary<string, string> { ["access_token"] = issuer.CreateToken(settings.AppId, serviceUrl) }));
    }
}
