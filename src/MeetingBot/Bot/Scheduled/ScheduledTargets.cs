using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Storage;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Scheduling;
using MeetingBot.Storage.Rows;

namespace MeetingBot.Bot.Scheduled;

/// <summary>
/// Where a scheduled message can go without a turn to answer: the channel the bot was last seen in
/// and members' personal chats, addressed through the service URL, bot and tenant of a known conversation.
/// </summary>
/// <remarks>
/// Before listing chats it matches the team's members to the roster (as <c>dagordning</c> does), so a
/// member who never wrote to the bot is still reached. That stores Entra ids only, the same ids on every
/// run, which keeps a handler that may run twice harmless.
/// </remarks>
/// <param name="connector">Absent when the bot is not configured; the team's member list is then not read.</param>
internal sealed class ScheduledTargets(AgendaAudience audience, ConnectorClient? connector = null)
{
    public async Task<ConversationTarget?> ChannelAsync(CancellationToken cancellationToken) =>
        await audience.ChannelAsync(cancellationToken) is { } row ? new ConversationTarget(ToReference(row)) : null;

    /// <summary>
    /// A personal chat per member with a known Entra id, the chat itself when the bot has been in it;
    /// empty when the bot has never been in a conversation of the tenant.
    /// </summary>
    /// <param name="members">Read after <see cref="LearnTeamAsync"/> when the caller wants newly matched members included.</param>
    /// <param name="teamsUserIds">From <see cref="LearnTeamAsync"/>: a chat still to be created is asked for by Teams id, as <c>dagordning</c> does.</param>
    public async Task<IReadOnlyList<(MemberRow Member, PersonalChatTarget Target)>> PersonalChatsAsync(
        IEnumerable<MemberRow> members, IReadOnlyDictionary<string, string> teamsUserIds, CancellationToken cancellationToken)
    {
        var known = await audience.ChannelAsync(cancellationToken) ?? await audience.AnyConversationAsync(cancellationToken);
        if (known?.BotId is not { } botId || known.TenantId is not { } tenantId)
        {
            return [];
        }

        var reachable = members.Where(m => m.AadObjectId is not null).ToList();
        var chats = await audience.PersonalChatsAsync(botId, [.. reachable.Select(m => m.AadObjectId!)], cancellationToken);
        return [.. reachable.Select(m => (m, chats.TryGetValue(m.AadObjectId!, out var chat)
            ? new PersonalChatTarget(chat.ServiceUrl, botId, tenantId, m.AadObjectId!, chat.ConversationId)
            : new PersonalChatTarget(known.ServiceUrl, botId, tenantId, m.AadObjectId!, TeamsUserId: teamsUserIds.GetValueOrDefault(m.AadObjectId!))))];
    }

    /// <summary>Where the summary of a requested job goes: the conversation asked in, or the asker's personal chat (the one the bot knows, else created).</summary>
    public async Task<DeliveryTarget?> AnswerAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.AnswerIn is { } conversationId)
        {
            return new ConversationTarget(new ConversationReference(
                conversationId, request.ServiceUrl, "msteams", null, request.TenantId, request.BotId, null, null, request.AadObjectId, DateTimeOffset.MinValue));
        }

        if (request.AadObjectId is not { } aadObjectId)
        {
            return null;
        }

        var chats = await audience.PersonalChatsAsync(request.BotId, [aadObjectId], cancellationToken);
        return chats.TryGetValue(aadObjectId, out var chat)
            ? new PersonalChatTarget(chat.ServiceUrl, request.BotId, request.TenantId, aadObjectId, chat.ConversationId)
            : new PersonalChatTarget(request.ServiceUrl, request.BotId, request.TenantId, aadObjectId, TeamsUserId: request.TeamsUserId);
    }

    /// <summary>Matches the team channel's members to the roster; does nothing without a channel or a configured bot.</summary>
    /// <returns>The Teams user id of each team member by Entra id; empty when the team's list could not be read.</returns>
    public async Task<IReadOnlyDictionary<string, string>> LearnTeamAsync(CancellationToken cancellationToken) =>
        connector is not null && await audience.ChannelAsync(cancellationToken) is { } channel
            ? await audience.LearnTeamMembersAsync(connector, channel, cancellationToken)
            : new Dictionary<string, string>();

    private static ConversationReference ToReference(ConversationReferenceRow row) =>
        new(row.ConversationId, row.ServiceUrl, row.ChannelId, row.ConversationType, row.TenantId, row.BotId, row.BotName, row.UserId, row.UserAadObjectId, row.UpdatedAt);
}
