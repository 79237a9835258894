using MeetingBot.Core.Calendar;

namespace MeetingBot.Calendar.Graph;

/// <summary>
/// The Outlook replies of the last read of the series, for the attendance list to merge with the
/// Teams replies (<see cref="RsvpMerge"/>). Replaced whole on every read; safe to read from any thread.
/// </summary>
internal sealed class RsvpSnapshot
{
    private volatile Snapshot current = new([], null);

    public IReadOnlyList<Rsvp> Replies => current.Replies;

    public DateTimeOffset? ReadAt => current.ReadAt;

    public int Reads => reads;

    private int reads;

    public void Replace(IReadOnlyList<Rsvp> replies, DateTimeOffset readAt)
    {
        current = new Snapshot(replies, readAt);
        Interlocked.Increment(ref reads);
    }

    private sealed record Snapshot(IReadOnlyList<Rsvp> Replies, DateTimeOffset? ReadAt);
}
