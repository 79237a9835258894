using System.Threading.Channels;

namespace MeetingBot.Bot;

/// <summary>
/// Work a card press starts but Teams cannot wait for (reminders to every member). Runs one item at
/// a time under the host's lifetime, not the request's, and logs failures since nobody awaits them.
/// </summary>
internal sealed class BotBackgroundWork(ILogger<BotBackgroundWork> logger) : BackgroundService
{
    private readonly Channel<Func<CancellationToken, Task>> queue = Channel.CreateUnbounded<Func<CancellationToken, Task>>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(Func<CancellationToken, Task> work) => queue.Writer.TryWrite(work);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var work in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await work(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                BotLog.BackgroundWorkFailed(logger, ex);
            }
        }
    }
}
