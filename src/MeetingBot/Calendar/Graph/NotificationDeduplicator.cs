namespace MeetingBot.Calendar.Graph;

/// <summary>
/// Graph delivers the same change more than once (created, updated, updated… and retries of slow
/// acknowledgements). A change is its subscription, item id and etag; each is acted on once within an hour.
/// </summary>
internal sealed class NotificationDeduplicator(TimeProvider time)
{
    private static readonly TimeSpan Memory = TimeSpan.FromHours(1);
    private readonly Lock gate = new();
    private readonly Dictionary<string, DateTimeOffset> seen = [];

    public bool IsNew(string key)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            foreach (var old in seen.Where(p => now - p.Value > Memory).Select(p => p.Key).ToList())
            {
                seen.Remove(old);
            }

            return seen.TryAdd(key, now);
        }
    }
}
