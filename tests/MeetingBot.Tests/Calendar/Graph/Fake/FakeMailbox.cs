using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MeetingBot.Tests.Calendar.Graph.Fake;

/// <summary>
/// The organiser's calendar inside the fake: events as Graph's JSON, created from the request and the
/// documented 201 example, deduplicated on transactionId, filtered on the extended property.
/// </summary>
internal sealed partial class FakeMailbox(ConcurrentQueue<string> violations)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, JsonObject> events = [];
    private readonly Dictionary<string, string> transactions = [];
    private int sequence;

    /// <summary>Scripted item failures by the date a create is for.</summary>
    public ConcurrentDictionary<DateOnly, ItemFault> Faults { get; } = new();

    /// <summary>False: the mailbox has no Teams licence, so creates answer isOnlineMeeting:false (documented behaviour).</summary>
    public bool TeamsAvailable { get; set; } = true;

    /// <summary>When set, GET on the events answers 403 ErrorAccessDenied, as an application access policy does.</summary>
    public bool DenyReads { get; set; }

    /// <summary>When set, the connection of a $batch drops once the mailbox holds this many created events: a crash mid-run.</summary>
    public int? DropBatchAfterCreates { get; set; }

    public List<(string Id, string Comment)> Cancellations { get; } = [];

    public int CreatedCount { get; private set; }

    public IReadOnlyList<JsonObject> Events
    {
        get
        {
            lock (gate)
            {
                return [.. events.Values.Select(e => e.DeepClone().AsObject())];
            }
        }
    }

    public void Seed(JsonObject ev)
    {
        lock (gate)
        {
            events[ev["id"]!.GetValue<string>()] = ev;
        }
    }

    public void Map(IEndpointRouteBuilder v1)
    {
        v1.MapGet("/users/{mailbox}/events", List);
        v1.MapPost("/users/{mailbox}/events", async (HttpContext ctx) =>
        {
            var (status, body, _) = Create((await JsonNode.ParseAsync(ctx.Request.Body))!.AsObject(), ctx.Request.Headers["Prefer"]);
            return Results.Json(body, statusCode: status);
        });
        v1.MapMethods("/users/{mailbox}/events/{id}", ["PATCH"], Patch);
        v1.MapPost("/users/{mailbox}/events/{id}/cancel", Cancel);
    }

    public (int Status, JsonObject Body, IReadOnlyDictionary<string, string> Headers) Create(JsonObject request, IEnumerable<string?> prefer)
    {
        var problems = EventShape.CheckCreate(request);
        if (problems.Count > 0)
        {
            foreach (var p in problems)
            {
                violations.Enqueue(p);
            }

            return (400, FakeGraphServer.Error("BadRequest", string.Join("; ", problems)), new Dictionary<string, string>());
        }

        var date = DateOnly.FromDateTime(DateTime.Parse(request["start"]!["dateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        if (Faults.TryGetValue(date, out var fault) && fault.Times > 0)
        {
            Faults[date] = fault with { Times = fault.Times - 1 };
            return (fault.Status, fault.Body.DeepClone().AsObject(), fault.Headers);
        }

        lock (gate)
        {
            var transactionId = request["transactionId"]!.GetValue<string>();
            if (transactions.TryGetValue(transactionId, out var existingId) && events.TryGetValue(existingId, out var existing))
            {
                return (201, Output(existing, prefer, null), new Dictionary<string, string>());
            }

            var ev = FromRequest(request, $"AAMkAGI1AAAt8AHj{++sequence:D4}AAA=");
            events[ev["id"]!.GetValue<string>()] = ev;
            transactions[transactionId] = ev["id"]!.GetValue<string>();
            CreatedCount++;
            return (201, Output(ev, prefer, null), new Dictionary<string, string>());
        }
    }

    public void Respond(string id, string email, string response, DateTimeOffset time)
    {
        lock (gate)
        {
            var attendee = events[id]["attendees"]!.AsArray()
                .First(a => string.Equals(a!["emailAddress"]!["address"]!.GetValue<string>(), email, StringComparison.OrdinalIgnoreCase))!;
            attendee["status"] = new JsonObject { ["response"] = response, ["time"] = time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) };
        }
    }

    private JsonObject FromRequest(JsonObject request, string id)
    {
        var ev = GraphFixtures.EventCreatedAsTeamsMeeting;
        ev["id"] = id;
        foreach (var field in new[] { "subject", "start", "end", "location", "allowNewTimeProposals", "responseRequested", "transactionId", "singleValueExtendedProperties" })
        {
            ev[field] = request[field]?.DeepClone();
        }

        ev["body"] = new JsonObject { ["contentType"] = "html", ["content"] = $"<html><head></head><body>{request["body"]!["content"]}</body></html>" };
        ev["originalStartTimeZone"] = request["start"]!["timeZone"]!.DeepClone();
        ev["originalEndTimeZone"] = request["end"]!["timeZone"]!.DeepClone();
        ev["attendees"] = new JsonArray([.. request["attendees"]!.AsArray().Select(a => (JsonNode)new JsonObject
        {
            ["type"] = a!["type"]!.DeepClone(),
            ["status"] = new JsonObject { ["response"] = "none", ["time"] = "0001-01-01T00:00:00Z" },
            ["emailAddress"] = a["emailAddress"]!.DeepClone(),
        })]);
        if (!TeamsAvailable)
        {
            ev["isOnlineMeeting"] = false;
            ev["onlineMeetingProvider"] = "unknown";
            ev["onlineMeeting"] = null;
        }

        return ev;
    }

    private IResult List(HttpContext ctx, string mailbox)
    {
        var query = ctx.Request.Query;
        if (DenyReads)
        {
            return Results.Json(FakeGraphServer.Error("ErrorAccessDenied", "Access to OData is disabled."), statusCode: 403);
        }

        var match = FilterPattern().Match(query["$filter"].ToString());
        if (!match.Success)
        {
            violations.Enqueue($"GET events: $filter '{query["$filter"]}' is not the documented extended-property filter");
            return Results.Json(FakeGraphServer.Error("BadRequest", "Invalid filter clause"), statusCode: 400);
        }

        string[] select = [.. query["$select"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries)];
        lock (gate)
        {
            var value = events.Values
                .Where(e => e["singleValueExtendedProperties"]?.AsArray().Any(p =>
                    p!["id"]!.GetValue<string>() == match.Groups["id"].Value
                    && string.Equals(p["value"]!.GetValue<string>(), match.Groups["value"].Value, StringComparison.OrdinalIgnoreCase)) == true)
                .Select(e => (JsonNode)Output(e, ctx.Request.Headers["Prefer"], select));
            return Results.Json(new JsonObject
            {
                ["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#users('{mailbox}')/events({string.Join(',', select)})",
                ["value"] = new JsonArray([.. value]),
            });
        }
    }

    private async Task<IResult> Patch(HttpContext ctx, string id)
    {
        var request = (await JsonNode.ParseAsync(ctx.Request.Body))!.AsObject();
        // The client patches either the times (a move) or the place alone, never more.
        if (request["location"] is { } location)
        {
            var unexpected = request.Select(p => p.Key).Where(k => k is not ("location" or "@odata.type")).ToList();
            if (unexpected.Count > 0 || location["displayName"]?.GetValueKind() != System.Text.Json.JsonValueKind.String)
            {
                violations.Enqueue($"PATCH event: body {request.ToJsonString()} is not a location change");
            }
        }
        else
        {
            var unexpected = request.Select(p => p.Key).Where(k => k is not ("start" or "end" or "@odata.type")).ToList();
            if (unexpected.Count > 0 || EventShape.CheckTime(request, "start") is { } || EventShape.CheckTime(request, "end") is { })
            {
                violations.Enqueue($"PATCH event: body {request.ToJsonString()} is not a start/end move");
            }
        }

        lock (gate)
        {
            if (!events.TryGetValue(id, out var ev))
            {
                return Results.Json(FakeGraphServer.Error("ErrorItemNotFound", "The specified object was not found in the store."), statusCode: 404);
            }

            ev["start"] = request["start"]?.DeepClone() ?? ev["start"]!.DeepClone();
            ev["end"] = request["end"]?.DeepClone() ?? ev["end"]!.DeepClone();
            ev["location"] = request["location"]?.DeepClone() ?? ev["location"]?.DeepClone();
            return Results.Json(Output(ev, ctx.Request.Headers["Prefer"], null));
        }
    }

    private async Task<IResult> Cancel(HttpContext ctx, string id)
    {
        var request = (await JsonNode.ParseAsync(ctx.Request.Body))!.AsObject();
        lock (gate)
        {
            if (!events.Remove(id))
            {
                return Results.Json(FakeGraphServer.Error("ErrorItemNotFound", "The specified object was not found in the store."), statusCode: 404);
            }

            // event-cancel.md documents the parameter as "Comment", and the SDK sends it so.
            if (request["Comment"] is null)
            {
                violations.Enqueue($"cancel: body {request.ToJsonString()} has no Comment");
            }

            Cancellations.Add((id, request["Comment"]?.GetValue<string>() ?? ""));
            return Results.StatusCode(202);
        }
    }

    /// <summary>
    /// What Graph returns: times in the Prefer zone (UTC without one) in its seven-digit format,
    /// extended properties only when expanded, and only the $select fields.
    /// </summary>
    private static JsonObject Output(JsonObject stored, IEnumerable<string?> prefer, string[]? select)
    {
        var zoneId = prefer.OfType<string>().Select(p => ZonePattern().Match(p)).FirstOrDefault(m => m.Success)?.Groups[1].Value ?? "UTC";
        var ev = stored.DeepClone().AsObject();
        foreach (var field in new[] { "start", "end" })
        {
            ev[field] = InZone(ev[field]!.AsObject(), zoneId);
        }

        ev.Remove("singleValueExtendedProperties");
        if (select is { Length: > 0 })
        {
            foreach (var key in ev.Select(p => p.Key).Where(k => k is not ("id" or "@odata.etag") && !select.Contains(k)).ToList())
            {
                ev.Remove(key);
            }
        }

        return ev;
    }

    private static JsonObject InZone(JsonObject value, string zoneId)
    {
        var local = DateTime.Parse(value["dateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var from = TimeZoneInfo.FindSystemTimeZoneById(value["timeZone"]!.GetValue<string>());
        var instant = new DateTimeOffset(local, from.GetUtcOffset(local));
        var to = TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(zoneId));
        return new JsonObject
        {
            ["dateTime"] = to.DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
            ["timeZone"] = zoneId,
        };
    }

    [GeneratedRegex("^singleValueExtendedProperties/Any\\(ep: ep/id eq '(?<id>String \\{[0-9a-f-]{36}\\} Name \\w+)' and ep/value eq '(?<value>[^']+)'\\)$")]
    private static partial Regex FilterPattern();

    [GeneratedRegex("outlook\\.timezone=\"([^\"]+)\"")]
    private static partial Regex ZonePattern();
}
