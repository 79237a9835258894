using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace MeetingBot.Calendar.Graph;

/// <summary>
/// Graph's webhook: the validation handshake (200, text/plain with nosniff, the decoded token), then change
/// and lifecycle notifications, each checked against our clientState before the body is read beyond its
/// first notification (<see cref="GraphNotificationBody"/>). Answers within Graph's 3 s by only
/// signalling or planning a job; the re-read runs in <see cref="RsvpRefreshService"/>, a renewal in
/// <see cref="RenewSubscriptionJob"/> (see <see cref="SubscriptionLifecycle"/>).
/// </summary>
internal static class GraphNotificationEndpoints
{
    public const string NotificationPath = "/graph/notifications";
    public const string LifecyclePath = "/graph/lifecycle";

    /// <summary>Graph's tokens are a sentence and a request id; anything far longer is not Graph's.</summary>
    public const int MaxValidationTokenLength = 1024;

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

        var read = await ReadAsync(request, options.Value, logger);
        if (read.Outcome != ReadOutcome.Read)
        {
            return Refusal(read);
        }

        var fresh = read.Notifications.Count(n => deduplicator.IsNew(
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

        var read = await ReadAsync(request, options.Value, logger);
        if (read.Outcome != ReadOutcome.Read)
        {
            return Refusal(read);
        }

        foreach (var n in read.Notifications)
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

    /// <summary>
    /// Graph's check that the URL is ours: echo the (already URL-decoded) token. Anyone can ask, so it goes back
    /// as plain text the browser may not sniff into HTML, and only if it is token-sized.
    /// </summary>
    private static IResult? Validation(HttpRequest request)
    {
        if (!request.Query.TryGetValue("validationToken", out var values))
        {
            return null;
        }

        var token = values.ToString();
        if (token.Length > MaxValidationTokenLength)
        {
            return Results.Problem(detail: $"validationToken longer than {MaxValidationTokenLength} characters.", statusCode: StatusCodes.Status400BadRequest);
        }

        request.HttpContext.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Text(token, "text/plain", Encoding.UTF8, StatusCodes.Status200OK);
    }

    private static async Task<NotificationRead> ReadAsync(HttpRequest request, GraphCalendarOptions options, ILogger logger)
    {
        var read = await GraphNotificationBody.ReadAsync(request, options.ClientState, request.HttpContext.RequestAborted);
        if (read.Rejected > 0)
        {
            GraphLog.WrongClientState(logger, read.Rejected);
        }

        return read;
    }

    private static IResult Refusal(NotificationRead read) => read.Outcome switch
    {
        ReadOutcome.TooLarge => Results.StatusCode(StatusCodes.Status413PayloadTooLarge),
        ReadOutcome.Malformed => Results.BadRequest(),
        _ => Results.Unauthorized(),
    };

    private static string? Text(JsonNode? node, string property) => GraphNotificationBody.Text(node, property);
}
