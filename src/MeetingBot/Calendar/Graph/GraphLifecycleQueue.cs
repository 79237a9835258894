using System.Threading.Channels;

namespace MeetingBot.Calendar.Graph;

/// <summary>Lifecycle events from Graph's notifications, handed from the endpoint to the subscription keeper.</summary>
internal sealed class GraphLifecycleQueue
{
    private readonly Channel<string> channel = Channel.CreateUnbounded<string>();

    public void Post(string lifecycleEvent) => channel.Writer.TryWrite(lifecycleEvent);

    /// <summary>The next lifecycle event, or null when <paramref name="timeout"/> passes first.</summary>
    public async Task<string?> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (channel.Reader.TryRead(out var ready))
        {
            return ready;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var next = channel.Reader.WaitToReadAsync(linked.Token).AsTask();
        var elapsed = Task.Delay(timeout > TimeSpan.Zero ? timeout : TimeSpan.Zero, time, linked.Token);
        var first = await Task.WhenAny(next, elapsed);
        await linked.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        return first == next && channel.Reader.TryRead(out var lifecycleEvent) ? lifecycleEvent : null;
    }
}
