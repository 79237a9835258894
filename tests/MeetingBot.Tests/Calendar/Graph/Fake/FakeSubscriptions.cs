using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MeetingBot.Tests.Calendar.Graph.Fake;

/// <summary>
/// <c>/v1.0/subscriptions</c>: before answering 201, validates both URLs the way Graph does (POST
/// <c>?validationToken=…</c>, expecting 200 text/plain with the decoded token), and can then deliver
/// change and lifecycle notifications to them. <c>PATCH /subscriptions/{id}</c> extends one (404 when
/// Graph no longer has it); both refuse an expiry beyond Outlook's 4,230 minutes with 400, as Graph does.
/// </summary>
internal sealed class FakeSubscriptions(ConcurrentQueue<string> violations)
{
    /// <summary>The token from the docs' example, with the characters that need URL decoding.</summary>
    public const string ValidationToken = "Validation: Testing client application reachability for subscription Request-Id: 2a6e9f7b-1c3d";

    private static readonly HttpClient Http = new();

    /// <summary>Outlook's maximum subscription lifetime (subscription resource type, "Maximum length of subscription").</summary>
    private static readonly TimeSpan MaximumLifetime = TimeSpan.FromMinutes(4230);

    private int failures;

    public ConcurrentDictionary<string, JsonObject> Active { get; } = new();

    public int Renewals => renewals;

    private int renewals;

    /// <summary>The next <paramref name="count"/> subscription requests (POST or PATCH) fail with 500, as during a Graph outage.</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref failures, count);

    public void Map(IEndpointRouteBuilder v1)
    {
        v1.MapPost("/subscriptions", (Delegate)CreateAsync);
        v1.MapMethods("/subscriptions/{id}", ["PATCH"], async (HttpContext ctx, string id) =>
        {
            var body = (await JsonNode.ParseAsync(ctx.Request.Body))!.AsObject();
            if ((Failure() ?? Expiry(body)) is { } refused)
            {
                return refused;
            }

            if (!Active.TryGetValue(id, out var sub))
            {
                return Results.Json(FakeGraphServer.Error("ResourceNotFound", "The object was not found."), statusCode: 404);
            }

            sub["expirationDateTime"] = body["expirationDateTime"]!.DeepClone();
            Interlocked.Increment(ref renewals);
            return Results.Json(sub);
        });

        // Delete subscription: 204 No Content, or 404 when Graph does not know it.
        v1.MapDelete("/subscriptions/{id}", (string id) => Active.TryRemove(id, out _)
            ? Results.NoContent()
            : Results.Json(FakeGraphServer.Error("ResourceNotFound", "The object was not found."), statusCode: 404));
    }

    public Task<HttpResponseMessage> NotifyAsync(string subscriptionId, string eventId, string clientState) =>
        PostAsync(Active[subscriptionId]["notificationUrl"]!.GetValue<string>(), new JsonObject
        {
            ["value"] = new JsonArray(new JsonObject
            {
                ["subscriptionId"] = subscriptionId,
                ["subscriptionExpirationDateTime"] = Active[subscriptionId]["expirationDateTime"]!.DeepClone(),
                ["changeType"] = "updated",
                ["resource"] = $"Users/cd209b0b-3f83-4c35-82d2-d88a61820480/Events/{eventId}",
                ["resourceData"] = new JsonObject
                {
                    ["@odata.type"] = "#Microsoft.Graph.Event",
                    ["@odata.id"] = $"Users/cd209b0b-3f83-4c35-82d2-d88a61820480/Events/{eventId}",
                    ["@odata.etag"] = "W/\"ZlnW4RIAV06KYYwlrfNZvQAALfZeRQ==\"",
                    ["id"] = eventId,
                },
                ["clientState"] = clientState,
                ["tenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47",
            }),
        });

    public Task<HttpResponseMessage> LifecycleAsync(string subscriptionId, string lifecycleEvent, string clientState) =>
        PostAsync(Active[subscriptionId]["lifecycleNotificationUrl"]!.GetValue<string>(), new JsonObject
        {
            ["value"] = new JsonArray(new JsonObject
            {
                ["subscriptionId"] = subscriptionId,
                ["subscriptionExpirationDateTime"] = Active[subscriptionId]["expirationDateTime"]!.DeepClone(),
                ["tenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47",
                ["clientState"] = clientState,
                ["lifecycleEvent"] = lifecycleEvent,
            }),
        });

    private static Task<HttpResponseMessage> PostAsync(string url, JsonObject body) =>
        Http.PostAsJsonAsync(new Uri(url), body);

    private async Task<IResult> CreateAsync(HttpContext ctx)
    {
        var body = (await JsonNode.ParseAsync(ctx.Request.Body))!.AsObject();
        foreach (var field in new[] { "changeType", "notificationUrl", "resource", "expirationDateTime", "clientState" })
        {
            if (body[field] is null)
            {
                violations.Enqueue($"POST subscriptions: {field} missing");
            }
        }

        if ((Failure() ?? Expiry(body)) is { } refused)
        {
            return refused;
        }

        foreach (var url in new[] { body["notificationUrl"], body["lifecycleNotificationUrl"] }.OfType<JsonNode>().Select(n => n.GetValue<string>()))
        {
            using var answer = await Http.PostAsync(new Uri($"{url}?validationToken={Uri.EscapeDataString(ValidationToken)}"), null);
            var text = await answer.Content.ReadAsStringAsync();
            if (!answer.IsSuccessStatusCode || answer.Content.Headers.ContentType?.MediaType != "text/plain" || text != ValidationToken)
            {
                return Results.Json(FakeGraphServer.Error("ValidationError", $"Subscription validation request failed for {url}."), statusCode: 400);
            }
        }

        var id = Guid.NewGuid().ToString();
        var sub = body.DeepClone().AsObject();
        sub["id"] = id;
        sub["applicationId"] = "24d3b144-21ae-4080-943f-7067b395b913";
        sub["creatorId"] = "8ee44408-0679-472c-bc2a-692812af3437";
        Active[id] = sub;
        return Results.Json(sub, statusCode: 201);
    }

    private IResult? Failure()
    {
        var left = Volatile.Read(ref failures);
        while (left > 0)
        {
            if (Interlocked.CompareExchange(ref failures, left - 1, left) == left)
            {
                return Results.Json(FakeGraphServer.Error("InternalServerError", "An internal server error occurred."), statusCode: 500);
            }

            left = Volatile.Read(ref failures);
        }

        return null;
    }

    private IResult? Expiry(JsonObject body)
    {
        if (body["expirationDateTime"] is not JsonValue value || !DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, out var expiry))
        {
            violations.Enqueue("subscriptions: expirationDateTime missing or not a date");
            return Results.Json(FakeGraphServer.Error("InvalidRequest", "expirationDateTime is required."), statusCode: 400);
        }

        return expiry > TimeProvider.System.GetUtcNow() + MaximumLifetime
            ? Results.Json(FakeGraphServer.Error("InvalidRequest", "Subscription expiration can only be 4230 minutes in the future."), statusCode: 400)
            : null;
    }
}
