using System.Collections.Concurrent;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.BotFramework.Hosting;

/// <summary>
/// Handles queued activities, each in its own DI scope and under its own timeout: the HTTP request
/// that brought it has long been answered, so its cancellation token means nothing here.
/// </summary>
/// <remarks>
/// Every queued activity was acknowledged with 200, so Teams will not send it again: on shutdown
/// (after the server has stopped taking requests) the processor handles what is still queued and
/// waits for the handlers in flight, within the host's shutdown timeout. Only when that runs out are
/// handlers cancelled, and what is left is logged as lost.
/// </remarks>
internal sealed class BackgroundActivityProcessor(
    BackgroundActivityQueue queue,
    IServiceScopeFactory scopes,
    ConnectorClient connector,
    IOptions<BotOptions> options,
    ILogger<BackgroundActivityProcessor> logger) : BackgroundService
{
    private const int MaxConcurrent = 64;

    private readonly SemaphoreSlim slots = new(MaxConcurrent, MaxConcurrent);
    private readonly ConcurrentDictionary<Task, bool> running = new();
    private readonly CancellationTokenSource abort = new();

    /// <summary>Activities acknowledged and not yet handled to the end (queued or in flight).</summary>
    internal int Pending => queue.Reader.Count + running.Count;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var activity in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await StartAsync(activity).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the server no longer takes requests, so the queue can only shrink.
        }

        try
        {
            var drained = 0;
            while (queue.Reader.TryRead(out var activity))
            {
                await StartAsync(activity).ConfigureAwait(false);
                drained++;
            }

            await Task.WhenAll(running.Keys).ConfigureAwait(false);
            Log.BackgroundDrained(logger, drained);
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            Log.BackgroundAbandoned(logger, Pending);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // The host's shutdown timeout: only then are handlers cancelled.
        await using var registration = cancellationToken.Register(abort.Cancel);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task StartAsync(Activity activity)
    {
        await slots.WaitAsync(abort.Token).ConfigureAwait(false);
        var task = HandleAsync(activity, abort.Token);
        running.TryAdd(task, true);
        _ = task.ContinueWith(t => running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task HandleAsync(Activity activity, CancellationToken stoppingToken)
    {
        var timeout = options.Value.BackgroundTimeout;
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await Task.Yield();
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var handler = scope.ServiceProvider.GetRequiredService<IActivityHandler>();
                await ActivityDispatcher.DispatchAsync(handler, new TurnContext(activity, connector), timeoutSource.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            Log.HandlerTimedOut(logger, activity.Type, activity.Id, activity.Conversation?.Id, timeout);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            Log.HandlerFailed(logger, ex, activity.Type, activity.Id, activity.Conversation?.Id);
        }
        finally
        {
            slots.Release();
        }
    }

    public override void Dispose()
    {
        slots.Dispose();
        abort.Dispose();
        base.Dispose();
    }
}
