using System.Threading.Channels;
using MeetingBot.Bot.Storage;
using MeetingBot.BotFramework.Connector;
using MeetingBot.Core.Cards;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;

namespace MeetingBot.Bot.Cards;

/// <summary>One request to bring every posted copy of a meeting's agenda card up to date.</summary>
internal sealed record AgendaCardUpdate(int MeetingId, ConnectorClient Connector, string? SkipConversationId);

/// <summary>
/// Updates posted agenda cards after an answer, outside the invoke: Teams waits at most a few
/// seconds for the presser's card, while a PUT per member's chat takes as long as Teams' rate
/// limits say. Requests for the same meeting that pile up while one runs are served by one pass.
/// </summary>
internal sealed class AgendaCardUpdates(MeetingService meetings, AgendaCards cards, PostedCardStore posted, RosterStore roster, ILogger<AgendaCardUpdates> logger) : BackgroundService
{
    private readonly Channel<AgendaCardUpdate> queue = Channel.CreateUnbounded<AgendaCardUpdate>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(AgendaCardUpdate update) => queue.Writer.TryWrite(update);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await queue.Reader.WaitToReadAsync(stoppingToken))
        {
            var batch = new List<AgendaCardUpdate>();
            while (queue.Reader.TryRead(out var update))
            {
                batch.Add(update);
            }

            foreach (var group in batch.GroupBy(u => u.MeetingId))
            {
                // The newest request decides which copy the presser already has; every pass rebuilds from the database.
                await UpdateAsync(group.Last(), stoppingToken);
            }
        }
    }

    private async Task UpdateAsync(AgendaCardUpdate update, CancellationToken cancellationToken)
    {
        try
        {
            // Copies first: before an agenda is posted, or when only the presser has one, there is nothing to build.
            var copies = (await posted.ListAsync(update.MeetingId, PostedCardKinds.Agenda, cancellationToken))
                .Where(c => c.Address.ConversationId != update.SkipConversationId).ToList();
            if (copies.Count == 0 || await meetings.GetAsync(update.MeetingId, cancellationToken) is not { } meeting)
            {
                return;
            }

            // The channel's copy is Swedish; a member's personal copy is in the language they chose.
            var members = await roster.MembersAsync(cancellationToken);
            var (swedish, english) = await cards.PublicInBothAsync(meeting, members, cancellationToken);
            var englishReaders = members.Where(m => m.Language == CardLanguage.English).Select(m => m.Id).ToHashSet();
            foreach (var copy in copies)
            {
                try
                {
                    var message = CardAttachment.Message(copy.MemberId is { } member && englishReaders.Contains(member) ? english : swedish);
                    message.Id = copy.ActivityId;
                    await update.Connector.UpdateAsync(copy.Address, copy.ActivityId, message, cancellationToken);
                }
                catch (ConnectorException ex)
                {
                    // One member's deleted chat must not keep the others stale.
                    BotLog.CardUpdateFailed(logger, copy.ActivityId, ex);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A background pass has nobody to report to but the log; the next answer tries again.
            BotLog.CardUpdateFailed(logger, "meeting " + update.MeetingId, ex);
        }
    }
}
