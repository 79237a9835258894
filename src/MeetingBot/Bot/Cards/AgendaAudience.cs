using MeetingBot.Bot.Storage;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Roster;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Bot.Cards;

/// <summary>Who an agenda goes to: the team channel the bot was last seen in, and the roster members (all, or those without an answer).</summary>
internal sealed class AgendaAudience(IDbContextFactory<MeetingBotDbContext> factory, AttendanceService attendance, RosterStore roster, ILogger<AgendaAudience> logger)
{
    /// <summary>
    /// The team channel for agendas: the one the secretariat chose ("använd den här kanalen"), else the
    /// most recently seen. A thread's id is cut back to the channel so the card starts its own thread.
    /// </summary>
    public async Task<ConversationReferenceRow?> ChannelAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var channels = db.Set<ConversationReferenceRow>().AsNoTracking().Where(r => r.ConversationType == ConversationTypes.Channel);
        var chosen = await db.Set<AgendaChannelRow>().AsNoTracking().Select(c => c.ConversationId).FirstOrDefaultAsync(cancellationToken);
        if (chosen is not null)
        {
            // The channel's root or any thread in it: every one carries the channel's service URL and tenant.
            channels = channels.Where(r => r.ConversationId == chosen || r.ConversationId.StartsWith(chosen + ";"));
        }

        var row = await channels.OrderByDescending(r => r.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
        if (row is not null)
        {
            row.ConversationId = ChannelOf(row.ConversationId);
        }

        return row;
    }

    /// <summary>Makes the channel of <paramref name="conversationId"/> the agenda channel.</summary>
    public async Task ChooseChannelAsync(string conversationId, string? chosenBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<AgendaChannelRow>().FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            db.Add(new AgendaChannelRow { ConversationId = ChannelOf(conversationId), ChosenBy = chosenBy, ChosenAt = now });
        }
        else
        {
            row.ConversationId = ChannelOf(conversationId);
            row.ChosenBy = chosenBy;
            row.ChosenAt = now;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Two secretaries chose at the same moment; one choice stands, as it would a second later.
        }
    }

    private static string ChannelOf(string conversationId) =>
        conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase) is var cut and > 0 ? conversationId[..cut] : conversationId;

    /// <summary>Any conversation the bot has seen, newest first: where its service URL, id and tenant come from when no channel is known.</summary>
    public async Task<ConversationReferenceRow?> AnyConversationAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Set<ConversationReferenceRow>().AsNoTracking()
            .Where(r => r.BotId != null && r.TenantId != null)
            .OrderByDescending(r => r.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The bot's known personal chat with each of <paramref name="aadObjectIds"/> (newest if several), by Entra id.</summary>
    public async Task<Dictionary<string, ConversationReferenceRow>> PersonalChatsAsync(string botId, IReadOnlyCollection<string> aadObjectIds, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<ConversationReferenceRow>().AsNoTracking()
            .Where(r => r.ConversationType == ConversationTypes.Personal && r.BotId == botId && r.UserAadObjectId != null && aadObjectIds.Contains(r.UserAadObjectId))
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.UserAadObjectId!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.UpdatedAt)!, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Every attendee for the agenda; for a reminder, only those who have not answered. Roster order.
    /// The secretariat's shared identity is no attendee: it gets neither the personal copy nor reminders.
    /// </summary>
    public async Task<IReadOnlyList<MemberRow>> MembersAsync(Meeting meeting, AgendaDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var unanswered = delivery == AgendaDelivery.Reminder
            ? (await attendance.GetAsync(meeting.Id, cancellationToken))?.Members.Where(m => m.Answer is null).Select(m => m.Member.Id).ToHashSet() ?? []
            : null;
        var members = await roster.RowsAsync(cancellationToken);
        return [.. members.Where(m => !SharedSecretariat.Is(m.Name, m.Organisation, m.Role) && (unanswered is null || unanswered.Contains(m.Id)))];
    }

    public async Task<IReadOnlyList<MemberRow>> SecretariatAsync(CancellationToken cancellationToken) =>
        [.. (await roster.RowsAsync(cancellationToken)).Where(m => m.Role == MemberRole.Secretariat).OrderBy(m => m.Name, StringComparer.Ordinal)];

    /// <summary>
    /// Teams knows the team's members by email and Entra id; the roster by email. Linking them (RosterStore.LinkAllAsync)
    /// lets the bot reach members who have never written to it, and gives the card's refresh their ids.
    /// </summary>
    /// <returns>The Teams user id (MRI) of each team member by Entra id.</returns>
    public async Task<Dictionary<string, string>> LearnTeamMembersAsync(ConnectorClient connector, ConversationReferenceRow channel, CancellationToken cancellationToken)
    {
        Dictionary<string, string> userIds = new(StringComparer.OrdinalIgnoreCase);
        List<TeamsChannelAccount> accounts = [];
        try
        {
            await foreach (var account in connector.GetMembersAsync(new ConversationAddress(channel.ServiceUrl, channel.ConversationId, channel.TenantId), cancellationToken: cancellationToken))
            {
                accounts.Add(account);
            }
        }
        catch (ConnectorException ex)
        {
            BotLog.MemberLookupFailed(logger, (int)ex.StatusCode, ex.ErrorCode);
            return userIds;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Without the team's list the members already known are still reached; the summary names the rest.
            BotLog.MemberLookupFailed(logger, 0, ex.GetType().Name);
            return userIds;
        }

        foreach (var account in accounts.Where(a => a.AadObjectId is not null && a.Id is not null))
        {
            userIds[account.AadObjectId!] = account.Id!;
        }

        // Linked by the roster's one policy: an unlinked member by their verified address, never a member linked to another id.
        await roster.LinkAllAsync(
            [.. accounts.Where(a => a.AadObjectId is not null).Select(a => (a.AadObjectId!, a.Email ?? a.UserPrincipalName))], cancellationToken);
        return userIds;
    }
}
