using MeetingBot.Core.Assignments;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;

namespace MeetingBot.Assignments;

/// <summary>The report-back items the agenda form offers for a meeting: open assignments due by its date.</summary>
internal sealed class AgendaOffers(AssignmentStore assignments)
{
    public async Task<IReadOnlyList<AgendaOffer>> ForAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var open = await assignments.ListAsync(openOnly: true, cancellationToken);
        return ReportBackItems.For(open, meeting.Date, meeting.Agenda.Select(i => i.Title));
    }

    /// <summary>The agenda item for assignment <paramref name="id"/>, or null when there is no such open assignment.</summary>
    public async Task<AgendaItemInput?> ItemAsync(int id, CancellationToken cancellationToken) =>
        await assignments.FindAsync(id, cancellationToken) is { Done: false } tracked
            ? new AgendaItemInput(ReportBackItems.Offer(tracked).Title, ReportBackItems.Offer(tracked).Summary)
            : null;
}
