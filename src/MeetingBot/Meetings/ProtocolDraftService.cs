using MeetingBot.Core;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Text;
using MeetingBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Meetings;

/// <summary>
/// A meeting's protocol. Until it is finalised the draft is built afresh on every read from the
/// meeting, its agenda, the roster's answers and the decisions entered, so it always shows the
/// latest answers. Finalising numbers it (per year, after the highest stored number), stores it
/// as a protocol (its decisions join the register) and locks it: later reads return the stored one.
/// </summary>
internal sealed class ProtocolDraftService(
    IDbContextFactory<MeetingBotDbContext> factory,
    MeetingService meetings,
    AttendanceService attendance,
    ProtocolStore protocols,
    ILogger<ProtocolDraftService> logger)
{
    // Each lost race means another protocol took the number in between; a handful is plenty.
    private const int FinaliseAttempts = 5;

    /// <summary>The draft (or the finalised protocol); <see cref="DomainException"/> for an unknown meeting.</summary>
    public async Task<ProtocolDraft> GetAsync(int meetingId, CancellationToken cancellationToken)
    {
        if (await protocols.FindByMeetingAsync(meetingId, cancellationToken) is { } final)
        {
            return new ProtocolDraft(meetingId, DraftState.Finalised, final);
        }

        return await BuildAsync(meetingId, cancellationToken);
    }

    /// <summary>
    /// Sets the att-clauses of item <paramref name="itemNumber"/> (replacing what was entered;
    /// an empty list clears them). <see cref="DomainException"/> once the protocol is finalised.
    /// </summary>
    public async Task<ProtocolDraft> SetDecisionsAsync(int meetingId, int itemNumber, IReadOnlyList<string> attClauses, CancellationToken cancellationToken)
    {
        var clauses = DecisionClauses.Normalise(attClauses);
        await using (var db = factory.CreateDbContext())
        {
            var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
                ?? throw new DomainException($"there is no meeting with id {meetingId}");
            if (await db.Protocols.AnyAsync(p => p.MeetingId == meetingId, cancellationToken))
            {
                throw new DomainException(
                    $"the protocol of the meeting on {meeting.Date:yyyy-MM-dd} is finalised; its decisions can no longer change",
                    new UserMessage(
                        $"protokollet för mötet {SwedishDate.Format(meeting.Date)} är fastställt, så besluten kan inte längre ändras.",
                        $"the protocol of the meeting on {CardTexts.English.Date(meeting.Date)} is finalised, so its decisions can no longer change."));
            }

            var item = await db.AgendaItems.SingleOrDefaultAsync(i => i.MeetingId == meetingId && i.Number == itemNumber, cancellationToken)
                ?? throw new DomainException(
                    $"the agenda of the meeting on {meeting.Date:yyyy-MM-dd} has no item {itemNumber}",
                    new UserMessage($"dagordningen har ingen punkt {itemNumber}.", $"the agenda has no item {itemNumber}."));
            item.Decisions = [.. clauses];
            await db.SaveChangesAsync(cancellationToken);
        }

        return await GetAsync(meetingId, cancellationToken);
    }

    /// <summary>
    /// Finalises the protocol and returns it; a second call returns the same protocol unchanged.
    /// </summary>
    public async Task<ProtocolDraft> FinaliseAsync(int meetingId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < FinaliseAttempts; attempt++)
        {
            var draft = await GetAsync(meetingId, cancellationToken);
            if (draft.State == DraftState.Finalised)
            {
                return draft;
            }

            if (await protocols.TryCreateForMeetingAsync(draft.Protocol, meetingId, cancellationToken))
            {
                MeetingsLog.ProtocolFinalised(logger, draft.Protocol.Reference, meetingId);
                return draft with { State = DraftState.Finalised };
            }
        }

        throw new InvalidOperationException($"Could not number the protocol of meeting {meetingId}: its number was taken {FinaliseAttempts} times in a row.");
    }

    /// <summary>The draft or finalised protocol as a document in the signed protocols' layout.</summary>
    public async Task<RenderedProtocol> RenderAsync(int meetingId, ProtocolFormat format, CancellationToken cancellationToken)
    {
        var draft = await GetAsync(meetingId, cancellationToken);
        return RenderedProtocol.Of(draft, format);
    }

    private async Task<ProtocolDraft> BuildAsync(int meetingId, CancellationToken cancellationToken)
    {
        var meeting = await meetings.GetAsync(meetingId, cancellationToken)
            ?? throw new DomainException($"there is no meeting with id {meetingId}");
        var answers = await attendance.GetAsync(meetingId, cancellationToken)
            ?? throw new DomainException($"there is no meeting with id {meetingId}");
        var number = ProtocolNumbering.Next(await protocols.NumbersAsync(meeting.Date.Year, cancellationToken));
        IReadOnlyDictionary<int, IReadOnlyList<string>> decisions;
        await using (var db = factory.CreateDbContext())
        {
            decisions = (await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meetingId)
                    .Select(i => new { i.Number, i.Decisions }).ToListAsync(cancellationToken))
                .ToDictionary(i => i.Number, i => (IReadOnlyList<string>)i.Decisions);
        }

        return new ProtocolDraft(meetingId, DraftState.Draft, ProtocolDraftBuilder.Build(meeting, number, answers, decisions));
    }
}
