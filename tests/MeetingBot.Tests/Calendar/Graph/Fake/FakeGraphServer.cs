using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MeetingBot.Calendar.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace MeetingBot.Tests.Calendar.Graph.Fake;

/// <summary>
/// A local stand-in for Microsoft Graph: Kestrel on 127.0.0.1 under <c>/v1.0</c> (the SDK's batch
/// serialiser relies on exactly that path). It checks each request against the documented shape,
/// keeps one mailbox's events, and answers with Microsoft's documented example responses.
/// Every HTTP request is recorded; a <c>$batch</c> counts as one.
/// </summary>
internal sealed class FakeGraphServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private int throttleNext;

    private FakeGraphServer(WebApplication app)
    {
        this.app = app;
        Mailbox = new FakeMailbox(Violations);
        Subscriptions = new FakeSubscriptions(Violations);
    }

    public FakeMailbox Mailbox { get; }

    public FakeSubscriptions Subscriptions { get; }

    public Uri BaseUrl => new(app.Urls.First() + "/v1.0");

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    /// <summary>Requests that did not match the documented shape; a correct client leaves this empty.</summary>
    public ConcurrentQueue<string> Violations { get; } = new();

    /// <summary>Added to every response, to measure round trips the way a real tenant costs them.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>How many of the next requests get the documented 429 (with <c>Retry-After: 1</c>) instead of an answer.</summary>
    public int ThrottleNext
    {
        get => Volatile.Read(ref throttleNext);
        set => Volatile.Write(ref throttleNext, value);
    }

    /// <summary>While set, every request gets 503 <c>serviceNotAvailable</c>, as during a Graph outage.</summary>
    public bool Outage { get; set; }

    public static async Task<FakeGraphServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeGraphServer(app);
        app.Use(server.RecordAsync);
        var v1 = app.MapGroup("/v1.0");
        v1.MapPost("/$batch", ctx => new FakeBatch(server.Mailbox, server.Violations).HandleAsync(ctx));
        server.Mailbox.Map(v1);
        server.Subscriptions.Map(v1);
        await app.StartAsync();
        return server;
    }

    /// <summary>The real client with the host's middleware (the SDK's retry included), no token.</summary>
    public GraphServiceClient CreateClient() =>
        new(GraphClients.CreateHttpClient(), new AnonymousAuthenticationProvider(), BaseUrl.AbsoluteUri);

    public void ClearRequests() => requests.Clear();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task RecordAsync(HttpContext context, Func<Task> next)
    {
        context.Request.EnableBuffering();
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        context.Request.Body.Position = 0;
        requests.Enqueue(new RecordedRequest(
            context.Request.Method, context.Request.Path + context.Request.QueryString, body, [.. context.Request.Headers["Prefer"].OfType<string>()]));
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, context.RequestAborted);
        }

        if (Outage)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "1";
            await context.Response.WriteAsJsonAsync(Error("serviceNotAvailable", "The service is temporarily unavailable."), context.RequestAborted);
            return;
        }

        if (TakeThrottle())
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "1";
            await context.Response.WriteAsJsonAsync(GraphFixtures.Throttled, context.RequestAborted);
            return;
        }

        await next();
    }

    private bool TakeThrottle()
    {
        int left;
        do
        {
            left = Volatile.Read(ref throttleNext);
            if (left <= 0)
            {
                return false;
            }
        }
        while (Interlocked.CompareExchange(ref throttleNext, left - 1, left) != left);
        return true;
    }

    internal static JsonObject Error(string code, string message) =>
        new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };
}
