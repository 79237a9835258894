using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Hosting;
using MeetingBot.Calendar.Ics;
using MeetingBot.Core.Calendar;
using MeetingBot.Core.Series;
using MeetingBot.Playground.Connector;
using MeetingBot.Playground.Sample;
using MeetingBot.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.Playground;

/// <summary>
/// What the page needs besides <c>/dev/token</c> and <c>/api/messages</c>: who is who, the stream of a
/// conversation as Server-Sent Events, a place to put what the user typed (Teams shows a user's message
/// before the bot sees it), and the year's meetings and the person's calendar feed link for the calendar view.
/// </summary>
internal static class PlaygroundApi
{
    public const string Prefix = "/playground/api";

    public static void MapPlaygroundApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix);
        api.MapGet("/state", StateAsync);
        api.MapGet("/events", StreamAsync);
        api.MapPost("/activities", (string conversation, JsonObject activity, ConversationHub hub) =>
            Results.Json(new Dictionary<string, string> { ["id"] = hub.Post(conversation, activity) }));
        api.MapGet("/calendar/{year:int}", async (int year, ISeriesCalendar calendar, CancellationToken ct) =>
        {
            var meetings = await calendar.ListAsync(SeriesDefinition.IdForYear(year), ct);
            return Results.Json(meetings.OrderBy(m => m.Date).Select(m => new Dictionary<string, object>
            {
                ["date"] = m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["start"] = StockholmTime.ToLocal(m.Start).ToString("HH:mm", CultureInfo.InvariantCulture),
                ["end"] = StockholmTime.ToLocal(m.End).ToString("HH:mm", CultureInfo.InvariantCulture),
                ["cancelled"] = m.IsCancelled,
            }));
        });

        // The person the page acts as gets the link "min kalender" would give them; the feed itself is the real, token-checked one.
        api.MapGet("/calendar/{year:int}/link", async (int year, string email, RosterStore roster, CalendarFeedLinks links, CancellationToken ct) =>
            await roster.FindIdAsync(email, ct) is { } memberId
                ? Results.Json(new Dictionary<string, string> { ["url"] = links.PathFor(year, memberId, RosterStore.NormaliseEmail(email)!) })
                : Results.NotFound());
    }

    private static async Task<IResult> StateAsync(HttpContext context, PlaygroundPeople people, IOptions<BotOptions> bot, CancellationToken ct)
    {
        var everyone = await people.ListAsync(ct);
        var appId = string.IsNullOrWhiteSpace(bot.Value.AppId) ? BotOptions.DevelopmentAppId : bot.Value.AppId;
        var request = context.Request;
        return Results.Json(new
        {
            serviceUrl = $"{request.Scheme}://{request.Host}{LocalConnectorEndpoints.Prefix}/",
            bot = new { id = "28:" + appId, name = PlaygroundTeam.BotName },
            tenantId = PlaygroundTeam.TenantId,
            team = new { id = PlaygroundTeam.TeamId, name = PlaygroundTeam.TeamName, aadGroupId = PlaygroundTeam.TeamAadGroupId },
            channel = new { id = PlaygroundTeam.ChannelId, name = PlaygroundTeam.ChannelName },
            sampleData = everyone.Any(p => SamplePeople.IsSample(p.Email)),
            calendarYear = SampleProtocol.SeriesYear,
            people = everyone.Select(p => new
            {
                name = p.Name,
                organisation = p.Organisation,
                email = p.Email,
                aadObjectId = p.AadObjectId,
                userId = p.UserId,
                secretariat = p.IsSecretariat,
                personalConversationId = PlaygroundTeam.PersonalConversationId(p.AadObjectId),
            }),
        });
    }

    /// <summary>Server-Sent Events: the stream's history, then each change as it happens, until the page goes away.</summary>
    private static async Task StreamAsync(HttpContext context, string conversation, ConversationHub hub, IHostApplicationLifetime lifetime)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";

        // A stream never ends by itself: without the stopping token, Ctrl+C would wait out the shutdown timeout for open pages.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var ct = stop.Token;
        using var subscription = hub.Subscribe(conversation);
        try
        {
            foreach (var hubEvent in subscription.History)
            {
                await WriteAsync(response, hubEvent, ct);
            }

            await response.WriteAsync(": ready\n\n", ct);
            await response.Body.FlushAsync(ct);
            await foreach (var hubEvent in subscription.Live.ReadAllAsync(ct))
            {
                await WriteAsync(response, hubEvent, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The page closed the stream (switched conversation or left) or the host is stopping.
        }
    }

    private static async Task WriteAsync(HttpResponse response, HubEvent hubEvent, CancellationToken ct)
    {
        var payload = new JsonObject
        {
            ["kind"] = hubEvent.Kind,
            ["stream"] = hubEvent.Stream,
            ["activityId"] = hubEvent.ActivityId,
            ["activity"] = hubEvent.Activity,
        };
        await response.WriteAsync("data: " + payload.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n\n", ct);
        await response.Body.FlushAsync(ct);
    }
}
