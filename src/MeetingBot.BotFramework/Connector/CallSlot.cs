namespace MeetingBot.BotFramework.Connector;

/// <summary>
/// One granted call as the windows see it: in flight until its answer is back, then counted for one
/// window length after that. Shared by every window the call counts in (tenant and conversation).
/// </summary>
internal sealed class CallSlot
{
    private const long InFlight = long.MaxValue;

    /// <summary>Timestamp (of the limiter's <see cref="TimeProvider"/>) when the answer came back.</summary>
    public long EndedAt { get; private set; } = InFlight;

    public bool IsInFlight => EndedAt == InFlight;

    public void End(long timestamp) => EndedAt = timestamp;
}
