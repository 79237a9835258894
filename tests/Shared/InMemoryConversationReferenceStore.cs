using System.Collections.Concurrent;

namespace MeetingBot.BotFramework.Storage;

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
