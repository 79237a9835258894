using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.Tests.Calendar.Graph.Fake;

/// <summary>
/// <c>POST /v1.0/$batch</c> per json-batching.md: at most 20 items, unique ids, relative urls, a
/// Content-Type for every body; each item gets its own status; responses come back out of order.
/// </summary>
internal sealed class FakeBatch(FakeMailbox mailbox, ConcurrentQueue<string> violations)
{
    public async Task HandleAsync(HttpContext ctx)
    {
        var requests = (await JsonNode.ParseAsync(ctx.Request.Body))!["requests"]!.AsArray();
        var ids = requests.Select(r => r!["id"]!.GetValue<string>()).ToList();
        if (requests.Count is 0 or > 20 || ids.Distinct().Count() != ids.Count)
        {
            violations.Enqueue($"$batch: {requests.Count} items, ids unique: {ids.Distinct().Count() == ids.Count}");
            await Results.Json(FakeGraphServer.Error("BadRequest", "Invalid batch payload."), statusCode: 400).ExecuteAsync(ctx);
            return;
        }

        List<JsonNode> responses = [];
        foreach (var item in requests.Select(r => r!.AsObject()))
        {
            if (mailbox.DropBatchAfterCreates is { } limit && mailbox.CreatedCount >= limit)
            {
                ctx.Abort();
                return;
            }

            responses.Add(Handle(item));
        }

        responses.Reverse();
        await Results.Json(new JsonObject { ["responses"] = new JsonArray([.. responses]) }).ExecuteAsync(ctx);
    }

    private JsonObject Handle(JsonObject item)
    {
        var id = item["id"]!.GetValue<string>();
        var url = item["url"]!.GetValue<string>();
        var headers = item["headers"] as JsonObject;
        if (item["body"] is not null && headers?["Content-Type"] is null && headers?["content-type"] is null)
        {
            violations.Enqueue($"$batch item {id}: body without Content-Type header");
        }

        if (url.StartsWith("/v1.0", StringComparison.Ordinal) || !url.StartsWith('/'))
        {
            violations.Enqueue($"$batch item {id}: url '{url}' must be relative to /v1.0");
        }

        if (item["method"]!.GetValue<string>() != "POST" || !url.EndsWith("/events", StringComparison.Ordinal) || item["body"] is not JsonObject body)
        {
            violations.Enqueue($"$batch item {id}: only event creates are expected, got {item["method"]} {url}");
            return Item(id, 400, FakeGraphServer.Error("BadRequest", "Unexpected request."), new Dictionary<string, string>());
        }

        var prefer = headers?["Prefer"]?.GetValue<string>() ?? headers?["prefer"]?.GetValue<string>();
        var (status, response, extra) = mailbox.Create(body, [prefer]);
        return Item(id, status, response, extra);
    }

    private static JsonObject Item(string id, int status, JsonObject body, IReadOnlyDictionary<string, string> extra)
    {
        var headers = new JsonObject { ["Content-Type"] = "application/json" };
        foreach (var (name, value) in extra)
        {
            headers[name] = value;
        }

        return new JsonObject { ["id"] = id, ["status"] = status, ["headers"] = headers, ["body"] = body };
    }
}
