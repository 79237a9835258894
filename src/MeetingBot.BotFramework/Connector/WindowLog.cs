namespace MeetingBot.BotFramework.Connector;

/// <summary>
/// The calls one key made that still count in one window: those in flight and those that ended less
/// than a window length ago. Not thread-safe; <see cref="ConnectorRateLimiter"/> holds its lock.
/// </summary>
internal sealed class WindowLog(RateWindow window, TimeProvider time)
{
    private readonly List<CallSlot> slots = [];

    public bool IsEmpty => slots.Count == 0;

    public void Add(CallSlot slot) => slots.Add(slot);

    /// <summary>
    /// How long until this window has room for one more call: zero when it has room now, null when it
    /// cannot tell because the calls that would have to age out are still in flight (wait for one to end).
    /// </summary>
    public TimeSpan? RoomIn(long now)
    {
        slots.RemoveAll(s => !s.IsInFlight && time.GetElapsedTime(s.EndedAt, now) >= window.Length);
        var excess = slots.Count - window.Limit + 1;
        if (excess <= 0)
        {
            return TimeSpan.Zero;
        }

        // The excess-th call to age out frees the place; calls in flight age out last, at an unknown time.
        var ended = slots.Where(s => !s.IsInFlight).Select(s => s.EndedAt).Order().Take(excess).ToList();
        return ended.Count < excess ? null : window.Length - time.GetElapsedTime(ended[^1], now);
    }
}
