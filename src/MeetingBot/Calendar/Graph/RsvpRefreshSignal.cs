using System.Threading.Channels;

namespace MeetingBot.Calendar.Graph;

/// <summary>
/// "The series changed in Outlook, read the RSVPs again." Holds at most one pending request, so a
/// burst of notifications during a read costs one more read, not one per notification.
/// </summary>
internal sealed class RsvpRefreshSignal
{
    private readonly Channel<bool> channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private int requests;

    /// <summary>How many times a refresh was asked for since start (pending or not); for diagnostics.</summary>
    public int Requests => requests;

    public void Request()
    {
        Interlocked.Increment(ref requests);
        channel.Writer.TryWrite(true);
    }

    /// <summary>Completes when a refresh was requested (true) or the timeout passed (false).</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signalled = channel.Reader.WaitToReadAsync(linked.Token).AsTask();
        var elapsed = Task.Delay(timeout, time, linked.Token);
        var first = await Task.WhenAny(signalled, elapsed);
        await linked.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        return first == signalled && channel.Reader.TryRead(out _);
    }
}
