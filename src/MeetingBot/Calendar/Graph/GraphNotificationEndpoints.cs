using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace MeetingBot.Calendar.Graph;

/// <summary>
/// Graph's webhook: the validation handshake (200, text/plain, the decoded token), then change and
/// lifecycle notifications, each checked against our clientState. Answers within Graph's 3 s by only
/// signalling or planning a job; the re-read runs in <see cref="RsvpRefreshService"/>, a renewal in
/// <see cref="RenewSubscriptionJob"/> (see <see cref="SubscriptionLifecycle"/>).
/// </summary>
internal static class GraphNotificationEndpoints
{
    public const string NotificationPath = "/graph/notifications";
    public const string LifecyclePath = "/graph/lifecycle";

    public static IEndpointRouteBuilder MapGraphNotifications(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(NotificationPath, HandleChangesAsync);
        endpoints.MapPost(LifecyclePath, HandleLifecycleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleChangesAsync(
        HttpRequest request, IOptions<GraphCalendarOptions> options, NotificationDeduplicator deduplicator,
        RsvpRefreshSignal refresh, ILogger<RsvpRefreshService> logger)
    {
        if (Validation(request) is { } handshake)
        {
            return handshake;
        }

        if (await ReadAuthenticAsync(request, options.Value, logger) is not { } notifications)
        {
            return Results.Unauthorized();
        }

        var fresh = notifications.Count(n => deduplicator.IsNew(
            $"{Text(n, "subscriptionId")}|{Text(n["resourceData"], "id")}|{Text(n["resourceData"], "@odata.etag")}"));
        if (fresh > 0)
        {
            refresh.Request();
        }

        return Results.Accepted();
    }

    private static async Task<IResult> HandleLifecycleAsync(
        HttpRequest request, IOptions<GraphCalendarOptions> options, SubscriptionLifecycle lifecycle, ILogger<RsvpRefreshService> logger)
    {
        if (Validation(request) is { } handshake)
        {
            return handshake;
        }

        if (await ReadAuthenticAsync(request, options.Value, logger) is not { } notifications)
        {
            return Results.Unauthorized();
        }

        foreach (var n in notifications)
        {
            var lifecycleEvent = Text(n, "lifecycleEvent");
            GraphLog.Lifecycle(logger, lifecycleEvent ?? "(none)", Text(n, "subscriptionId"));
            if (lifecycleEvent is not null)
            {
                await lifecycle.HandleAsync(lifecycleEvent, request.HttpContext.RequestAborted);
            }
        }

        return Results.Accepted();
    }

    /// <summary>Graph's check that the URL is ours: echo the (already URL-decoded) token as plain text.</summary>
    private static IResult? Validation(HttpRequest request) =>
        request.Query.TryGetValue("validationToken", out var token)
            ? Results.Text(token.ToString(), "text/plain", Encoding.UTF8, StatusCodes.Status200OK)
            : null;

    /// <summary>The notifications carrying our clientState; null when none does (or the body is not Graph's).</summary>
    private static async Task<List<JsonNode>?> ReadAuthenticAsync(HttpRequest request, GraphCalendarOptions options, ILogger logger)
    {
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }

        var all = (body?["value"] as JsonArray)?.OfType<JsonNode>().ToList() ?? [];
        var authentic = all.Where(n => SameSecret(Text(n, "clientState"), options.ClientState)).ToList();
        if (authentic.Count < all.Count)
        {
            GraphLog.WrongClientState(logger, all.Count - authentic.Count);
        }

        return authentic.Count > 0 ? authentic : null;
    }

    private static bool SameSecret(string? given, string? expected) =>
        given is not null && expected is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private static string? Text(JsonNode? node, string property) =>
        node?[property] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
