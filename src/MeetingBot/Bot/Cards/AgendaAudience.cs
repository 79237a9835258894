using MeetingBot.Bot.Storage;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Roster;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Bot.Cards;

/// <summary>Who an agenda goes to: the team channel the bot was last seen in, and the roster members (all, or those without an answer).</summary>
internal sealed class AgendaAudience(IDbContextFactory<MeetingBotDbContext> factory, AttendanceService attendance)
{
    /// <summary>The most recently seen team channel; a thread's id is cut back to the channel so the card starts its own thread.</summary>
    public async Task<ConversationReferenceRow?> ChannelAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<ConversationReferenceRow>().AsNoTracking()
            .Where(r => r.ConversationType == "channel")
            .OrderByDescending(r => r.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (row is not null && row.ConversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase) is var cut and > 0)
        {
            row.ConversationId = row.ConversationId[..cut];
        }

        return row;
    }

    /// <summary>Any conversation the bot has seen, newest first: where its service URL, id and tenant come from when no channel is known.</summary>
    public async Task<ConversationReferenceRow?> AnyConversationAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Set<ConversationReferenceRow>().AsNoTracking()
            .Where(r => r.BotId != null && r.TenantId != null)
            .OrderByDescending(r => r.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Every member for the agenda; for a reminder, only those who have not answered. Roster order.</summary>
    public async Task<IReadOnlyList<MemberRow>> MembersAsync(Meeting meeting, AgendaDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var unanswered = delivery == AgendaDelivery.Reminder
            ? (await attendance.GetAsync(meeting.Id, cancellationToken))?.Members.Where(m => m.Answer is null).Select(m => m.Member.Id).ToHashSet() ?? []
            : null;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var members = await db.Members.AsNoTracking().OrderBy(m => m.Organisation).ThenBy(m => m.Name).ToListAsync(cancellationToken);
        return [.. members.Where(m => unanswered is null || unanswered.Contains(m.Id))];
    }

    public async Task<IReadOnlyList<MemberRow>> SecretariatAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Members.AsNoTracking().Where(m => m.Role == MemberRole.Secretariat).OrderBy(m => m.Name).ToListAsync(cancellationToken);
    }
}
