using MeetingBot.BotFramework.Schema;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Text;
using MeetingBot.Storage.Rows;

namespace MeetingBot.Bot.Cards;

/// <summary>
/// The agenda card and its notification text, built once and posted to many conversations: in
/// Swedish, and in English for the personal copies of members who chose it.
/// </summary>
internal sealed record AgendaMessage(AdaptiveCard Card, string Text, AdaptiveCard EnglishCard, string EnglishText)
{
    /// <summary>A fresh activity per post: a post or update sets the activity's id.</summary>
    public Activity Create(CardLanguage language = CardLanguage.Swedish) =>
        language == CardLanguage.English ? CardAttachment.Message(EnglishCard, EnglishText) : CardAttachment.Message(Card, Text);

    /// <summary>
    /// The card refreshes for these members too. The refresh lists the Teams ids of the chats the bot knows;
    /// a fan-out builds the card before it creates the new chats, so it adds the ids the team's member list gave.
    /// </summary>
    public AgendaMessage RefreshingAlso(IEnumerable<MemberRow> members, IReadOnlyDictionary<string, string> teamsUserIds)
    {
        List<string> ids = [.. members.Select(m => m.AadObjectId is { } aad ? teamsUserIds.GetValueOrDefault(aad) : null).OfType<string>()];
        return this with { Card = Refreshing(Card, ids), EnglishCard = Refreshing(EnglishCard, ids) };
    }

    private static AdaptiveCard Refreshing(AdaptiveCard card, List<string> ids) =>
        card.Refresh is { } refresh
            ? card with { Refresh = refresh with { UserIds = [.. refresh.UserIds.Union(ids, StringComparer.Ordinal).Take(CardRefresh.MaxUserIds)] } }
            : card;
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
        var date = SwedishDate.Format(meeting.Date);
        var (swedish, english) = await cards.PublicInBothAsync(meeting, cancellationToken);
        return delivery == AgendaDelivery.Reminder
            ? new AgendaMessage(
                swedish, $"Påminnelse: svara gärna på om du kommer till {meeting.Title}, {date}.",
                english, $"Reminder: please answer whether you attend {meeting.Title}, {CardTexts.English.Date(meeting.Date)}.")
            : new AgendaMessage(swedish, $"Dagordning: {meeting.Title}, {date}", english, $"Agenda: {meeting.Title}, {CardTexts.English.Date(meeting.Date)}");
    }
}
