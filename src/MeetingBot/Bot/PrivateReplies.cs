using MeetingBot.Bot.Cards;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Core.Cards;

namespace MeetingBot.Bot;

/// <summary>
/// Answers only the asker may read: attendance with absence comments (often health data) and signed
/// download links. Asked in a channel or a group chat, the answer goes to the asker's personal chat
/// with the bot (created if the bot has none yet), and the conversation they asked in only learns that
/// they have been answered privately.
/// </summary>
internal sealed class PrivateReplies(AgendaAudience audience, IConversationReferenceStore references, TimeProvider time, ILogger<PrivateReplies> logger)
{
    public static bool IsPersonal(TurnContext turn) => turn.Activity.Conversation?.ConversationType == ConversationTypes.Personal;

    /// <summary>Replies with <paramref name="answer"/> where the turn came from if that is the asker's personal chat, else in their personal chat.</summary>
    public async Task ReplyAsync(TurnContext turn, Activity answer, CardLanguage language, CancellationToken cancellationToken)
    {
        if (IsPersonal(turn))
        {
            await turn.ReplyAsync(answer, cancellationToken);
            return;
        }

        var replies = BotReplies.For(language);
        await turn.SayAsync(await TrySendPersonallyAsync(turn, answer, cancellationToken) ? replies.AnsweredPrivately : replies.CannotAnswerPrivately, cancellationToken);
    }

    /// <summary>
    /// Posts <paramref name="answer"/> as a new message in the asker's personal chat. False when Teams
    /// will not let the bot reach them there (e.g. the app is not installed for them); nothing is then posted anywhere.
    /// </summary>
    public async Task<bool> TrySendPersonallyAsync(TurnContext turn, Activity answer, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.From?.AadObjectId is not { Length: > 0 } aadObjectId || activity.Recipient?.Id is not { Length: > 0 } botId
            || activity.TenantId is not { Length: > 0 } tenantId || string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return false;
        }

        try
        {
            if (await PersonalChatAsync(turn, aadObjectId, botId, tenantId, cancellationToken) is not { } address)
            {
                return false;
            }

            // Built as a reply to the asked conversation; in the personal chat it is a new message of its own.
            answer.Conversation = new ConversationAccount { Id = address.ConversationId, ConversationType = ConversationTypes.Personal, TenantId = tenantId };
            answer.ReplyToId = null;
            await turn.Connector.SendAsync(address, answer, cancellationToken);
            return true;
        }
        catch (ConnectorException ex)
        {
            BotLog.PrivateReplyFailed(logger, (int)ex.StatusCode, ex.ErrorCode);
            return false;
        }
    }

    private async Task<ConversationAddress?> PersonalChatAsync(TurnContext turn, string aadObjectId, string botId, string tenantId, CancellationToken cancellationToken)
    {
        var known = await audience.PersonalChatsAsync(botId, [aadObjectId], cancellationToken);
        if (known.TryGetValue(aadObjectId, out var chat))
        {
            return new ConversationAddress(chat.ServiceUrl, chat.ConversationId, tenantId);
        }

        var serviceUrl = turn.Activity.ServiceUrl!;
        // Teams takes the Teams user id or the Entra id here, Microsoft 365 Agents Playground only the former,
        // and the activity always carries it: the Entra id is the fallback.
        var userId = turn.Activity.From?.Id is { Length: > 0 } teamsId ? teamsId : aadObjectId;
        var created = await turn.Connector.CreatePersonalConversationAsync(serviceUrl, botId, userId, tenantId, cancellationToken);
        if (created?.Id is not { Length: > 0 } id)
        {
            return null;
        }

        var address = new ConversationAddress(created.ServiceUrl ?? serviceUrl, id, tenantId);

        await references.RememberCreatedChatAsync(address, botId, turn.Activity.From?.Id, aadObjectId, time.GetUtcNow(), cancellationToken);
        return address;
    }
}
