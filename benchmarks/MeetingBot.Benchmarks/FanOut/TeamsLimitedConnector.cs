using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Benchmarks.FanOut;

/// <summary>
/// A local Bot Connector that enforces Teams' published send limits exactly (sliding windows over
/// the real arrival times): per bot and conversation 7/1 s, 8/2 s, 60/30 s, 1800/h; per app and
/// tenant 50/s. A post over any limit is answered 429 with <c>Retry-After: 1</c>, as Teams does.
/// </summary>
internal sealed class TeamsLimitedConnector : IAsyncDisposable
{
    private static readonly (TimeSpan Window, int Limit)[] ConversationLimits =
        [(TimeSpan.FromSeconds(1), 7), (TimeSpan.FromSeconds(2), 8), (TimeSpan.FromSeconds(30), 60), (TimeSpan.FromHours(1), 1800)];

    public const int TenantPerSecond = 50;

    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly Queue<long> tenant = new();
    private readonly Dictionary<string, Queue<long>> conversations = [];
    private int throttled;

    private TeamsLimitedConnector(WebApplication app) => this.app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>Accepted posts with their arrival (Stopwatch ticks).</summary>
    public ConcurrentQueue<(string ConversationId, long At)> Accepted { get; } = new();

    public int Throttled => throttled;

    public static async Task<TeamsLimitedConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new TeamsLimitedConnector(app);
        app.MapPost("/emea/v3/conversations/{conversationId}/activities", (string conversationId, HttpContext context) =>
        {
            var now = System.Diagnostics.Stopwatch.GetTimestamp();
            if (!connector.TryAdmit(conversationId, now))
            {
                Interlocked.Increment(ref connector.throttled);
                context.Response.Headers.RetryAfter = "1";
                return Results.Json(new { error = new { code = "Throttled", message = "Too many requests" } }, statusCode: StatusCodes.Status429TooManyRequests);
            }

            connector.Accepted.Enqueue((conversationId, now));
            return Results.Json(new { id = "1:" + Guid.NewGuid().ToString("N") });
        });
        await app.StartAsync();
        connector.ServiceUrl = app.Urls.First() + "/emea/";
        return connector;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private bool TryAdmit(string conversationId, long now)
    {
        lock (gate)
        {
            Trim(tenant, now, TimeSpan.FromSeconds(1));
            if (tenant.Count >= TenantPerSecond)
            {
                return false;
            }

            if (!conversations.TryGetValue(conversationId, out var sent))
            {
                conversations[conversationId] = sent = new Queue<long>();
            }

            foreach (var (window, limit) in ConversationLimits)
            {
                if (sent.Count(t => System.Diagnostics.Stopwatch.GetElapsedTime(t, now) < window) >= limit)
                {
                    return false;
                }
            }

            tenant.Enqueue(now);
            sent.Enqueue(now);
            return true;
        }
    }

    private static void Trim(Queue<long> arrivals, long now, TimeSpan window)
    {
        while (arrivals.Count > 0 && System.Diagnostics.Stopwatch.GetElapsedTime(arrivals.Peek(), now) >= window)
        {
            arrivals.Dequeue();
        }
    }
}
