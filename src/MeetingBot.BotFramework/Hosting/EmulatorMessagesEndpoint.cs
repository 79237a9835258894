using System.Net;
using System.Text.Json;
using MeetingBot.BotFramework.Authentication;
using MeetingBot.BotFramework.Connector;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MeetingBot.BotFramework.Hosting;

/// <summary>
/// <c>POST /dev/emulator/api/messages</c>, Development only: the way in for Microsoft 365 Agents
/// Playground, which sends activities without any Authorization header unless it is given an Entra app
/// (and the internet). Each activity gets a development-issuer token carrying its own serviceUrl, as Bot
/// Connector's token would, and then goes through <see cref="MessagesEndpoint"/> unchanged: the same
/// validator, the same serviceurl and tenant checks. <c>/api/messages</c> itself stays exactly as strict.
/// Only this machine may call it, and only for activities whose replies go back to this machine.
/// </summary>
internal sealed class EmulatorMessagesEndpoint(
    MessagesEndpoint messages,
    DevelopmentIssuer issuer,
    BotAuthenticationSettings settings,
    ILogger<EmulatorMessagesEndpoint> logger)
{
    public const string Route = "/dev/emulator/api/messages";

    // Long enough for one activity's trip through the validator; the token is never handed out.
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(5);

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.Connection.RemoteIpAddress is not { } ip || !IPAddress.IsLoopback(ip))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        if (request.ContentLength > MessagesEndpoint.MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        // Read once here for the serviceUrl, then again by the real endpoint; the buffer is bounded by the limit above.
        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MessagesEndpoint.MaxBodyBytes);
        string? serviceUrl;
        try
        {
            serviceUrl = await ServiceUrlAsync(request.Body, context.RequestAborted).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // Over the buffer limit while streaming: the real endpoint would refuse it the same way.
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        // Replies go where serviceUrl says, with the bot's outbound token: only back to this machine.
        if (serviceUrl is null || !Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || !ServiceUrlTrust.IsLoopback(uri))
        {
            Log.EmulatorRefused(logger, "the activity's serviceUrl is missing or not on this machine");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        request.Body.Position = 0;
        request.Headers.Authorization = "Bearer " + issuer.CreateToken(settings.AppId, serviceUrl, TokenLifetime);
        await messages.HandleAsync(context).ConfigureAwait(false);
    }

    private static async Task<string?> ServiceUrlAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("serviceUrl", out var value)
                && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
