using System.Collections.Concurrent;

namespace MeetingBot.Storage;

/// <summary>
/// The reads every card press repeats (the roster, the pressed meeting, the members' Teams ids, the
/// meeting's posted copies), kept
/// between presses: under a burst they were a third of a press's CPU, for data that changes a few
/// times a year. A write through this process's contexts to a table a read depends on discards every
/// kept read at once (<see cref="StoredReadsInvalidator"/>); a write by another process (the command line
/// beside a running host, another instance on PostgreSQL) is seen within <see cref="MaxAge"/>.
/// </summary>
/// <remarks>
/// Nothing decisive rests on a kept read: an answer is decided on the meeting's start and state as
/// the write's own transaction reads them (AttendanceService), so a meeting moved or cancelled by
/// another instance a moment ago is never answered as it was. A kept read can only show a card that
/// is up to <see cref="MaxAge"/> old, as a card already posted in a chat would be.
/// </remarks>
internal sealed class StoredReads(TimeProvider time)
{
    /// <summary>How long another process's write may go unseen.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<(string Kind, int Id), Entry> entries = new();
    private long generation;

    /// <summary>Discards every kept read: a write has changed, or is about to change, what they were read from.</summary>
    public void Invalidate() => Interlocked.Increment(ref generation);

    /// <summary>The kept value of <paramref name="kind"/> and <paramref name="id"/>, or a fresh <paramref name="read"/> that is then kept.</summary>
    /// <param name="kind">What is kept, named after the class that reads it, so no two readers share a key.</param>
    public async Task<T> GetAsync<T>(string kind, int id, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var now = time.GetTimestamp();
        var current = Volatile.Read(ref generation);
        if (entries.TryGetValue((kind, id), out var entry) && entry.Generation == current && time.GetElapsedTime(entry.ReadAt, now) < MaxAge)
        {
            return (T)entry.Value!;
        }

        // The generation and time are taken before the read: a write that lands during it leaves this
        // value already outdated, so it is read again next time instead of being kept as current.
        var value = await read(cancellationToken);
        entries[(kind, id)] = new Entry(value, current, now);
        return value;
    }

    private sealed record Entry(object? Value, long Generation, long ReadAt);
}
