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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var activity in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                var task = HandleAsync(activity, stoppingToken);
                running.TryAdd(task, true);
                _ = task.ContinueWith(t => running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: let the activities in hand finish (below) within the host's shutdown time.
        }

        await Task.WhenAll(running.Keys).ConfigureAwait(false);
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
        base.Dispose();
    }
}
