namespace MeetingBot.BotFramework.Storage;

/// <summary>Where conversation references live between the activity that brought them and a proactive message.</summary>
public interface IConversationReferenceStore
{
    /// <summary>Inserts or replaces the reference of <see cref="ConversationReference.ConversationId"/>.</summary>
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken);

    Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken);
}
