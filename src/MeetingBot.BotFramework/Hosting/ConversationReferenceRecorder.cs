using System.Collections.Concurrent;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.BotFramework.Hosting;

/// <summary>
/// Stores the conversation reference of every authenticated activity. A busy conversation sends the
/// same reference again and again, so an unchanged one is written at most every few minutes.
/// </summary>
internal sealed class ConversationReferenceRecorder(IConversationReferenceStore store, TimeProvider timeProvider)
{
    private const int MaxRemembered = 50_000;
    private static readonly TimeSpan RewriteAfter = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, ConversationReference> lastWritten = new(StringComparer.Ordinal);

    public async Task RecordAsync(Activity activity, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (ConversationReference.FromActivity(activity, now) is not { } reference)
        {
            return;
        }

        if (lastWritten.TryGetValue(reference.ConversationId, out var previous)
            && previous with { UpdatedAt = default } == reference with { UpdatedAt = default }
            && now - previous.UpdatedAt < RewriteAfter)
        {
            return;
        }

        await store.SaveAsync(reference, cancellationToken).ConfigureAwait(false);
        if (lastWritten.Count >= MaxRemembered)
        {
            lastWritten.Clear();
        }

        lastWritten[reference.ConversationId] = reference;
    }
}
