using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Storage;

/// <summary>Remembering a personal chat the bot has just created, so the next message to that user needs one Connector call, not two.</summary>
public static class CreatedChats
{
    /// <summary>
    /// Stores <paramref name="chat"/> as a personal conversation with the user. A reference already stored
    /// (the user's own messages write a fuller one) is kept, unless it lacks the Teams user id given here.
    /// </summary>
    public static async Task RememberCreatedChatAsync(
        this IConversationReferenceStore references, ConversationAddress chat, string botId, string? userId, string? userAadObjectId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(chat);
        var existing = await references.FindAsync(chat.ConversationId, cancellationToken).ConfigureAwait(false);
        if (existing is not null && (userId is null || existing.UserId == userId))
        {
            return;
        }

        await references.SaveAsync(
            new ConversationReference(chat.ConversationId, chat.ServiceUrl, existing?.ChannelId ?? "msteams", ConversationTypes.Personal, chat.TenantId, botId, existing?.BotName,
                userId ?? existing?.UserId, userAadObjectId ?? existing?.UserAadObjectId, now),
            cancellationToken).ConfigureAwait(false);
    }
}
