using MeetingBot.Core.Commands;
using MeetingBot.Core.Meetings;
using MeetingBot.Meetings;

namespace MeetingBot.Bot.Commands;

/// <summary>The meeting a command names: a date resolved in Stockholm time, or the next one that has not started.</summary>
internal sealed class MeetingFinder(MeetingService meetings, TimeProvider time)
{
    public async Task<Meeting?> FindAsync(MeetingReference reference, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (reference.IsNext)
        {
            return await meetings.FindNextAsync(now, cancellationToken);
        }

        return reference.Resolve(now, []) is { } date ? await meetings.FindByDateAsync(date, cancellationToken) : null;
    }
}
