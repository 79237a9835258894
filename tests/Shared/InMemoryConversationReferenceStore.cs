using System.Collections.Concurrent;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Testing;

/// <summary>The conversation references of one process, for tests of the protocol library.</summary>
public sealed class InMemoryConversationReferenceStore : IConversationReferenceStore
{
    private readonly ConcurrentDictionary<string, ConversationReference> references = new(StringComparer.Ordinal);

    public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        references[reference.ConversationId] = reference;
        return Task.CompletedTask;
    }

    public Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(references.GetValueOrDefault(conversationId));
}
