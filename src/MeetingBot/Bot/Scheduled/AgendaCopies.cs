using MeetingBot.Bot.Storage;
using MeetingBot.Scheduling;
using MeetingBot.Storage.Rows;

namespace MeetingBot.Bot.Scheduled;

/// <summary>What the agenda and reminder jobs do once a card is posted: remember the copy so answers update it.</summary>
internal static class AgendaCopies
{
    public static Func<DeliveredMessage, CancellationToken, Task> Remember(PostedCardStore posted, int meetingId, int? memberId) =>
        (delivered, ct) => posted.SaveAsync(new PostedCard(meetingId, PostedCardKinds.Agenda, delivered.Address, delivered.ActivityId, memberId), ct);
}
