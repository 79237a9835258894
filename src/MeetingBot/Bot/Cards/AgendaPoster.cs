using MeetingBot.Bot.Storage;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Bot.Cards;

/// <summary>Everyone (channel and every member, copies already out are updated) or a reminder (a new message to those who have not answered).</summary>
internal enum AgendaDelivery
{
    Everyone,
    Reminder,
}

/// <summary>What posting an agenda reached: the channel (or that posting there failed), and which members got it in their personal chat.</summary>
internal sealed record AgendaPosting(bool Channel, IReadOnlyList<string> Reached, IReadOnlyList<string> NotReached, bool ChannelFailed = false);

/// <summary>
/// Posts a meeting's agenda card to the team channel where the bot is installed and to each
/// member's personal chat, and remembers every copy so answers can update them all. Posting again
/// replaces the copies already out (PUT), so a repeated command never spams anyone.
/// </summary>
internal sealed class AgendaPoster(
    AgendaMessages messages,
    AgendaAudience audience,
    PostedCardStore posted,
    IConversationReferenceStore references,
    TimeProvider time,
    ILogger<AgendaPoster> logger)
{
    public async Task<AgendaPosting> PostAsync(Meeting meeting, TurnContext turn, AgendaDelivery delivery, CancellationToken cancellationToken)
    {
        var channel = await audience.ChannelAsync(cancellationToken);
        var tenantId = channel?.TenantId ?? turn.Activity.TenantId ?? string.Empty;
        var serviceUrl = channel?.ServiceUrl ?? turn.Activity.ServiceUrl ?? string.Empty;
        var botId = channel?.BotId ?? turn.Activity.Recipient?.Id ?? string.Empty;
        var userIds = channel is null
            ? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            : await audience.LearnTeamMembersAsync(turn.Connector, channel, cancellationToken);

        var reminder = delivery == AgendaDelivery.Reminder;

        // Chats first: creating them records the members' Teams ids, which the card's refresh lists.
        List<string> notReached = [];
        List<(MemberRow Member, ConversationAddress Chat)> chats = [];
        foreach (var member in await audience.MembersAsync(meeting, delivery, cancellationToken))
        {
            if (await PersonalChatAsync(turn, member, serviceUrl, botId, tenantId, channel?.ChannelId, userIds, cancellationToken) is { } chat)
            {
                chats.Add((member, chat));
            }
            else
            {
                notReached.Add(member.Name);
            }
        }

        var message = await messages.BuildAsync(meeting, delivery, cancellationToken);
        var reachedChannel = false;
        if (channel is not null && !reminder)
        {
            reachedChannel = await PostOrUpdateAsync(turn.Connector, meeting.Id, new ConversationAddress(channel.ServiceUrl, channel.ConversationId, channel.TenantId), null, message.Create(), alwaysNew: false, cancellationToken);
        }

        List<string> reached = [];
        foreach (var (member, chat) in chats)
        {
            var ok = await PostOrUpdateAsync(turn.Connector, meeting.Id, chat, member.Id, message.Create(member.Language ?? CardLanguage.Swedish), alwaysNew: reminder, cancellationToken);
            (ok ? reached : notReached).Add(member.Name);
        }

        return new AgendaPosting(reachedChannel, reached, notReached, ChannelFailed: channel is not null && !reminder && !reachedChannel);
    }

    /// <summary>The member's 1:1 chat with the bot, created (or found) by Teams; null when the member cannot be reached.</summary>
    private async Task<ConversationAddress?> PersonalChatAsync(
        TurnContext turn, MemberRow member, string serviceUrl, string botId, string tenantId, string? channelId, Dictionary<string, string> userIds, CancellationToken cancellationToken)
    {
        if (member.AadObjectId is null)
        {
            return null;
        }

        try
        {
            // The member's Teams id where the team's list gave it (the documented form); Teams also takes the Entra id,
            // but a Connector that only knows its users by id (Agents Playground) does not.
            var teamsId = userIds.GetValueOrDefault(member.AadObjectId) ?? member.AadObjectId;
            var chat = await turn.Connector.CreatePersonalConversationAsync(serviceUrl, botId, teamsId, tenantId, cancellationToken);
            if (chat?.Id is not { Length: > 0 } chatId)
            {
                BotLog.PersonalChatWithoutId(logger);
                return null;
            }

            var address = new ConversationAddress(chat.ServiceUrl ?? serviceUrl, chatId, tenantId);
            await RememberPersonalChatAsync(address, channelId ?? turn.Activity.ChannelId ?? "msteams", botId, member.AadObjectId, userIds.GetValueOrDefault(member.AadObjectId), cancellationToken);
            return address;
        }
        catch (ConnectorException ex)
        {
            // 403 when the app is not installed for the member: the summary names them instead.
            BotLog.PostFailed(logger, "personal", (int)ex.StatusCode, ex.ErrorCode);
            return null;
        }
        catch (Exception ex) when (IsOneRecipientsFailure(ex, cancellationToken))
        {
            BotLog.PostFailedUnexpectedly(logger, "personal", ex);
            return null;
        }
    }

    /// <param name="alwaysNew">A reminder must notify, which an update does not: it posts anew and the new copy is the one kept up to date.</param>
    /// <returns>Whether the recipient has the card; a failure is logged and never stops the other recipients.</returns>
    private async Task<bool> PostOrUpdateAsync(ConnectorClient connector, int meetingId, ConversationAddress address, int? memberId, Activity message, bool alwaysNew, CancellationToken cancellationToken)
    {
        string? sentId;
        try
        {
            var existing = alwaysNew ? null : await posted.FindAsync(meetingId, PostedCardKinds.Agenda, address.ConversationId, cancellationToken);
            if (existing is not null)
            {
                message.Id = existing.ActivityId;
                await connector.UpdateAsync(address, existing.ActivityId, message, cancellationToken);
                return true;
            }

            sentId = await connector.SendAsync(address, message, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            BotLog.PostFailed(logger, address.ConversationId, (int)ex.StatusCode, ex.ErrorCode);
            return false;
        }
        catch (Exception ex) when (IsOneRecipientsFailure(ex, cancellationToken))
        {
            BotLog.PostFailedUnexpectedly(logger, address.ConversationId, ex);
            return false;
        }

        // The REST API allows a send to succeed without an id (202, no body): the copy is out but cannot be updated.
        if (sentId is null)
        {
            BotLog.PostedWithoutId(logger, address.ConversationId);
            return true;
        }

        try
        {
            await posted.SaveAsync(new PostedCard(meetingId, PostedCardKinds.Agenda, address, sentId, memberId), cancellationToken);
        }
        catch (Exception ex) when (IsOneRecipientsFailure(ex, cancellationToken))
        {
            // The card is out; only later updates of this copy are lost.
            BotLog.PostedCardNotRemembered(logger, sentId, address.ConversationId, ex);
        }

        return true;
    }

    /// <summary>Anything but the turn itself being cancelled: a lost connection, a timeout, a refused serviceUrl, an odd answer.</summary>
    private static bool IsOneRecipientsFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested;

    /// <summary>
    /// Keeps the created chat as a conversation reference so the card's refresh knows the member's
    /// Teams id; a reference the member's own messages wrote is not overwritten with less.
    /// </summary>
    private async Task RememberPersonalChatAsync(ConversationAddress address, string channelId, string botId, string aadObjectId, string? userId, CancellationToken cancellationToken)
    {
        var existing = await references.FindAsync(address.ConversationId, cancellationToken);
        if (existing is not null && (userId is null || existing.UserId == userId))
        {
            return;
        }

        await references.SaveAsync(
            new ConversationReference(address.ConversationId, address.ServiceUrl, channelId, "personal", address.TenantId, botId, null,
                userId ?? existing?.UserId, aadObjectId, time.GetUtcNow()),
            cancellationToken);
    }
}
