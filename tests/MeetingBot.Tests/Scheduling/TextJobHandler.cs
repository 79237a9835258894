using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Tests.Scheduling;

/// <summary>
/// A handler as the lead will write one, from data the tests can create directly: every conversation
/// in the BotConversationReferences table whose id starts with the kind's prefix gets a message saying
/// the kind and the meeting (channel conversations for the agenda, "personal" ones for reminders).
/// </summary>
internal abstract class TextJobHandler(IDbContextFactory<MeetingBotDbContext> contexts, JobKind kind, string conversationPrefix) : IScheduledJobHandler
{
    public JobKind Kind => kind;

    public async Task<IReadOnlyList<JobMessage>> PrepareAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<ConversationReferenceRow>().AsNoTracking()
            .Where(r => r.ConversationId.StartsWith(conversationPrefix)).OrderBy(r => r.ConversationId).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new JobMessage(
            new ConversationTarget(new ConversationReference(r.ConversationId, r.ServiceUrl, r.ChannelId, r.ConversationType, r.TenantId, r.BotId, r.BotName, r.UserId, r.UserAadObjectId, r.UpdatedAt)),
            new Activity { Type = ActivityTypes.Message, Text = $"{kind} {job.MeetingKey}" }))];
    }
}

internal sealed class AgendaJobHandler(IDbContextFactory<MeetingBotDbContext> contexts) : TextJobHandler(contexts, JobKind.PostAgenda, "19:");

internal sealed class ReminderJobHandler(IDbContextFactory<MeetingBotDbContext> contexts) : TextJobHandler(contexts, JobKind.RemindUnanswered, "a:");

internal sealed class EmptyAgendaJobHandler(IDbContextFactory<MeetingBotDbContext> contexts) : TextJobHandler(contexts, JobKind.RemindEmptyAgenda, "19:secretariat");

internal sealed class DraftJobHandler(IDbContextFactory<MeetingBotDbContext> contexts) : TextJobHandler(contexts, JobKind.OfferDraft, "19:secretariat");
