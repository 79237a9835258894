using MeetingBot.Core;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Protocols.Import;
using MeetingBot.Core.Text;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Meetings;

/// <summary>
/// A meeting's agenda: add, edit, move and remove items, or replace it whole from text in the
/// protocol's item format. Items are numbered 1, 2, … in their order after every change; an item's
/// entered decisions travel with it when it moves. Every change returns the meeting as it now is.
/// Refused (<see cref="DomainException"/>) once the meeting's protocol is finalised.
/// </summary>
internal sealed class AgendaService(IDbContextFactory<MeetingBotDbContext> factory)
{
    /// <param name="number">Where the item goes (1 = first); null appends it.</param>
    public Task<Meeting> AddAsync(int meetingId, AgendaItemInput item, int? number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var valid = item.Validated();
        return ChangeAsync(meetingId, (db, items) =>
        {
            var at = number is null ? items.Count : Index(number.Value, items.Count + 1);
            items.Insert(at, NewRow(meetingId, valid, []));
        }, cancellationToken);
    }

    public Task<Meeting> EditAsync(int meetingId, int number, AgendaItemInput item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var valid = item.Validated();
        return ChangeAsync(meetingId, (db, items) =>
        {
            var row = items[Index(number, items.Count)];
            row.Title = valid.Title;
            row.Summary = valid.Summary;
            row.Presenters = [.. valid.Presenters!];
            row.Attachments = [.. valid.Attachments!];
        }, cancellationToken);
    }

    /// <summary>Moves item <paramref name="number"/> so that it becomes item <paramref name="toNumber"/>.</summary>
    public Task<Meeting> MoveAsync(int meetingId, int number, int toNumber, CancellationToken cancellationToken) =>
        ChangeAsync(meetingId, (db, items) =>
        {
            var from = Index(number, items.Count);
            var to = Index(toNumber, items.Count);
            var row = items[from];
            items.RemoveAt(from);
            items.Insert(to, row);
        }, cancellationToken);

    public Task<Meeting> RemoveAsync(int meetingId, int number, CancellationToken cancellationToken) =>
        ChangeAsync(meetingId, (db, items) =>
        {
            var index = Index(number, items.Count);
            db.AgendaItems.Remove(items[index]);
            items.RemoveAt(index);
        }, cancellationToken);

    /// <summary>
    /// Replaces the whole agenda with the items of <paramref name="text"/> (read as the protocol
    /// importer reads items); decisions written under an item ("Mötet beslutar" / "att …") are kept.
    /// </summary>
    public Task<Meeting> ReplaceAsync(int meetingId, string text, CancellationToken cancellationToken)
    {
        var parsed = AgendaTextParser.Parse(text);
        return ReplaceAsync(meetingId, parsed, cancellationToken);
    }

    public Task<Meeting> ReplaceAsync(int meetingId, IReadOnlyList<ProtocolItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var rows = items.Select(i => NewRow(
            meetingId,
            new AgendaItemInput(i.Title, i.Summary, i.Presenters, i.Attachments).Validated(),
            i.Decisions)).ToList();
        return ChangeAsync(meetingId, (db, current) =>
        {
            db.AgendaItems.RemoveRange(current);
            current.Clear();
            current.AddRange(rows);
        }, cancellationToken);
    }

    private async Task<Meeting> ChangeAsync(int meetingId, Action<MeetingBotDbContext, List<AgendaItemRow>> change, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
            ?? throw new DomainException($"there is no meeting with id {meetingId}");
        if (await db.Protocols.AnyAsync(p => p.MeetingId == meetingId, cancellationToken))
        {
            throw new DomainException(
                $"the protocol of the meeting on {meeting.Date:yyyy-MM-dd} is finalised; its agenda can no longer change",
                new UserMessage(
                    $"protokollet för mötet {SwedishDate.Format(meeting.Date)} är fastställt, så dagordningen kan inte längre ändras.",
                    $"the protocol of the meeting on {CardTexts.English.Date(meeting.Date)} is finalised, so its agenda can no longer change."));
        }

        var items = await db.AgendaItems.Where(i => i.MeetingId == meetingId).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        change(db, items);

        // Positions are unique per meeting, so a reorder passes through free (negative) positions
        // first; otherwise two items swapping places would collide inside one save.
        for (var i = 0; i < items.Count; i++)
        {
            items[i].Position = -1 - i;
            if (items[i].Id == 0)
            {
                db.AgendaItems.Add(items[i]);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        for (var i = 0; i < items.Count; i++)
        {
            items[i].Position = i;
            items[i].Number = i + 1;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        meeting.AgendaItems = items;
        return MeetingRows.ToMeeting(meeting);
    }

    private static int Index(int number, int count) =>
        number >= 1 && number <= count
            ? number - 1
            : throw new DomainException(
                count == 0 ? $"the agenda has no item {number}: it is empty" : $"the agenda has no item {number}: items are numbered 1 to {count}",
                new UserMessage($"dagordningen har ingen punkt {number}.", $"the agenda has no item {number}."));

    private static AgendaItemRow NewRow(int meetingId, AgendaItemInput item, IReadOnlyList<string> decisions) => new()
    {
        MeetingId = meetingId,
        Title = item.Title,
        Summary = item.Summary,
        Presenters = [.. item.Presenters!],
        Attachments = [.. item.Attachments!],
        Decisions = [.. decisions],
    };
}
