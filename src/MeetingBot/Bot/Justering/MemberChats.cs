using MeetingBot.Bot.Cards;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Justering;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;

namespace MeetingBot.Bot.Justering;

/// <summary>
/// Posts to named members' personal chats and to the team channel from within a turn: the chat the
/// bot knows, else one created by Teams (and remembered). A member who cannot be reached is reported
/// by name, never a reason to stop the others.
/// </summary>
internal sealed class MemberChats(
    AgendaAudience audience, IConversationReferenceStore references, RosterStore roster, TeamsUserIds teamsUserIds, TimeProvider time, ILogger<MemberChats> logger)
{
    public async Task<(IReadOnlyList<string> Reached, IReadOnlyList<string> NotReached)> SendAsync(
        ConnectorClient connector, Activity from, IReadOnlyList<MemberRow> members, Func<MemberRow, Activity> message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(message);
        var channel = await audience.ChannelAsync(cancellationToken);
        var tenantId = channel?.TenantId ?? from.TenantId ?? string.Empty;
        var serviceUrl = channel?.ServiceUrl ?? from.ServiceUrl ?? string.Empty;
        var botId = channel?.BotId ?? from.Recipient?.Id ?? string.Empty;
        var known = await audience.PersonalChatsAsync(botId, [.. members.Where(m => m.AadObjectId is not null).Select(m => m.AadObjectId!)], cancellationToken);
        var userIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (channel is not null && !members.All(m => m.AadObjectId is not null && known.ContainsKey(m.AadObjectId)))
        {
            // As dagordning does: matching the team to the roster gives the Entra ids of members who never wrote to the bot.
            userIds = await audience.LearnTeamMembersAsync(connector, channel, cancellationToken);
            members = await roster.RowsAsync([.. members.Select(m => m.Id)], cancellationToken);
        }

        List<string> reached = [];
        List<string> notReached = [];
        foreach (var member in members)
        {
            try
            {
                if (member.AadObjectId is null)
                {
                    notReached.Add(member.Name);
                    continue;
                }

                ConversationAddress address;
                if (known.TryGetValue(member.AadObjectId, out var chat))
                {
                    address = new ConversationAddress(chat.ServiceUrl, chat.ConversationId, tenantId);
                }
                else
                {
                    var teamsId = userIds.GetValueOrDefault(member.AadObjectId) ?? member.AadObjectId;
                    var created = await connector.CreatePersonalConversationAsync(serviceUrl, botId, teamsId, tenantId, cancellationToken);
                    if (created?.Id is not { Length: > 0 } id)
                    {
                        notReached.Add(member.Name);
                        continue;
                    }

                    address = new ConversationAddress(created.ServiceUrl ?? serviceUrl, id, tenantId);
                    await references.RememberCreatedChatAsync(address, botId, userIds.GetValueOrDefault(member.AadObjectId), member.AadObjectId, time.GetUtcNow(), cancellationToken);
                }

                await connector.SendAsync(address, message(member), cancellationToken);
                reached.Add(member.Name);
            }
            catch (ConnectorException)
            {
                JusteringLog.NotDelivered(logger, member.Id);
                notReached.Add(member.Name);
            }
        }

        return (reached, notReached);
    }

    /// <summary>Posts to the team channel; false when the bot knows no channel or Teams refused.</summary>
    public async Task<bool> SendToChannelAsync(ConnectorClient connector, Activity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connector);
        if (await audience.ChannelAsync(cancellationToken) is not { } channel)
        {
            return false;
        }

        try
        {
            await connector.SendAsync(new ConversationAddress(channel.ServiceUrl, channel.ConversationId, channel.TenantId), message, cancellationToken);
            return true;
        }
        catch (ConnectorException)
        {
            return false;
        }
    }

    /// <summary>The Teams user ids (29:…) of these members, as their personal chats' references remember them, for a card's refresh.</summary>
    public Task<IReadOnlyList<string>> TeamsUserIdsAsync(IReadOnlyList<MemberRow> members, CancellationToken cancellationToken) =>
        teamsUserIds.OfAsync(members.Select(m => m.AadObjectId), cancellationToken);
}
