using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace MeetingBot.BotFramework.Tests.TestSupport;

/// <summary>
/// A local Bot Connector: records every request and answers from a script (e.g. 429 then 200),
/// falling back to a ResourceResponse. A scripted body of "" is sent chunked and empty, null as Content-Length: 0.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ScriptedResponse> script = new();

    private FakeConnector(WebApplication app) => this.app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public TaskCompletionSource<RecordedRequest> FirstRequest { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        connector.ServiceUrl = app.Urls.First() + "/amer/";
        return connector;
    }

    /// <summary>When set, requests are recorded at once but answered only when it completes.</summary>
    public TaskCompletionSource? HoldAnswers { get; set; }

    public void Enqueue(int status, string? body = null, params (string Name, string Value)[] headers) =>
        script.Enqueue(new ScriptedResponse(status, body, headers));

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var recorded = new RecordedRequest(
            context.Request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            context.Request.Headers.Authorization.ToString(),
            await reader.ReadToEndAsync());
        Requests.Enqueue(recorded);
        FirstRequest.TrySetResult(recorded);
        if (HoldAnswers is { } hold)
        {
            await hold.Task;
        }

        var reply = script.TryDequeue(out var scripted) ? scripted : new ScriptedResponse(200, """{"id":"1:reply"}""", []);
        context.Response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (reply.Body is "")
        {
            // Headers out before any length is known: Kestrel answers chunked, with no content at all.
            await context.Response.Body.FlushAsync();
        }
        else if (reply.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(reply.Body);
        }
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private sealed record ScriptedResponse(int Status, string? Body, (string Name, string Value)[] Headers);
}

internal sealed record RecordedRequest(string Method, string PathAndQuery, string Authorization, string Body);
