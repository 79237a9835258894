using MeetingBot.BotFramework.Schema;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Text;

namespace MeetingBot.Bot.Cards;

/// <summary>The agenda card and its notification text, built once and posted to many conversations.</summary>
internal sealed record AgendaMessage(AdaptiveCard Card, string Text)
{
    /// <summary>A fresh activity per post: a post or update sets the activity's id.</summary>
    public Activity Create() => CardAttachment.Message(Card, Text);
}

/// <summary>
/// The agenda message of a meeting, the same whether the secretariat writes <c>dagordning</c> or
/// <c>påminn</c> or the scheduler posts it, so a scheduled card and a manual one cannot drift apart.
/// </summary>
internal sealed class AgendaMessages(AgendaCards cards)
{
    public async Task<AgendaMessage> BuildAsync(Meeting meeting, AgendaDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var text = delivery == AgendaDelivery.Reminder
            ? $"Påminnelse: svara gärna på om du kommer till {meeting.Title}, {SwedishDate.Format(meeting.Date)}."
            : $"Dagordning: {meeting.Title}, {SwedishDate.Format(meeting.Date)}";
        return new AgendaMessage(await cards.PublicAsync(meeting, cancellationToken), text);
    }
}
