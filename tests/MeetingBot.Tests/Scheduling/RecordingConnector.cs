using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.Tests.Scheduling;

/// <summary>
/// A stand-in Bot Connector on 127.0.0.1 that records every post (conversation and text, in arrival
/// order) and can hold posts unanswered, the way a slow Teams leaves a sender mid-fan-out.
/// </summary>
internal sealed class RecordingConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private volatile TaskCompletionSource holding = Released();
    private int holdAfter = int.MaxValue;
    private int received;

    private RecordingConnector(WebApplication app) => this.app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    public ConcurrentQueue<(string ConversationId, string Text)> Posts { get; } = new();

    /// <summary>Answer 202 and no body, as Agents Playground does and the Connector REST API allows.</summary>
    public bool AnswersWithoutBody { get; set; }

    /// <summary>Posts after the first <paramref name="answered"/> are recorded but not answered until <see cref="Release"/>.</summary>
    public void HoldAfter(int answered)
    {
        holding = new(TaskCreationOptions.RunContinuationsAsynchronously);
        holdAfter = answered;
    }

    public void Release()
    {
        holdAfter = int.MaxValue;
        holding.TrySetResult();
    }

    public static async Task<RecordingConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new RecordingConnector(app);
        app.MapPost("/emea/v3/conversations/{conversationId}/activities/{**replyToId}", connector.RecordAsync);
        await app.StartAsync();
        connector.ServiceUrl = app.Urls.First() + "/emea/";
        return connector;
    }

    private async Task<IResult> RecordAsync(string conversationId, HttpContext context)
    {
        var activity = await JsonNode.ParseAsync(context.Request.Body);
        Posts.Enqueue((conversationId, (string?)activity?["text"] ?? string.Empty));
        if (Interlocked.Increment(ref received) > holdAfter)
        {
            await holding.Task.WaitAsync(context.RequestAborted);
        }

        return AnswersWithoutBody ? Results.StatusCode(StatusCodes.Status202Accepted) : Results.Json(new { id = "1:" + Guid.NewGuid().ToString("N") });
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        await app.DisposeAsync();
    }

    private static TaskCompletionSource Released()
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        released.SetResult();
        return released;
    }
}
