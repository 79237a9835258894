namespace MeetingBot.BotFramework.Connector;

/// <summary>A granted call; dispose it when the call's answer is back (or it was never sent).</summary>
internal sealed class CallPermit(ConnectorRateLimiter limiter, CallSlot slot) : IDisposable
{
    private int disposed;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            limiter.End(slot);
        }
    }
}
