using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Downloads;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;
using MeetingBot.Meetings;

namespace MeetingBot.Bot.Actions;

/// <summary>
/// The protocol draft's buttons (and "Skapa protokollutkast" on the attendance card), for the secretariat.
/// The draft and its download links are for the presser alone: pressed outside their personal chat, the
/// answer goes there and the conversation pressed in only hears that it did.
/// </summary>
internal sealed class DraftActions(ProtocolDraftService drafts, ProtocolLinks links, PrivateReplies replies) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [CardVerbs.CreateDraft, CardVerbs.EnterDecisions, CardVerbs.Download, CardVerbs.Finalise];

    public bool SecretariatOnly => true;

    public async Task<CardOutcome> HandleAsync(CardPress press, Speaker? presser, TurnContext turn, CancellationToken cancellationToken)
    {
        var outcome = await OutcomeAsync(press, presser, cancellationToken);
        if (outcome.Card is not { } card || PrivateReplies.IsPersonal(turn))
        {
            return outcome;
        }

        // The Action.Submit fallback answers in the conversation for everyone to read, and a card can be forwarded to a group chat.
        var sent = await replies.TrySendPersonallyAsync(turn, CardAttachment.Message(card), cancellationToken);
        var texts = BotReplies.For(presser?.Language ?? CardLanguage.Swedish);
        return CardOutcome.Say(sent ? texts.AnsweredPrivately : texts.CannotAnswerPrivately);
    }

    private async Task<CardOutcome> OutcomeAsync(CardPress press, Speaker? presser, CancellationToken cancellationToken)
    {
        if (press.MeetingId is not { } meetingId)
        {
            return CardOutcome.Say(BotReplies.For(presser?.Language ?? CardLanguage.Swedish).UnknownMeeting);
        }

        var language = presser?.Language ?? CardLanguage.Swedish;
        switch (press.Verb)
        {
            case CardVerbs.EnterDecisions when press.Int(CardInputs.Item) is { } item:
                // The form asks for one att-clause per line, so each line is a clause ("att" added where left out).
                var clauses = DecisionClauses.Normalise((press.Text(CardInputs.Decisions(item)) ?? string.Empty).Split('\n'));
                return CardOutcome.Show(ProtocolDraftCard.Build((await drafts.SetDecisionsAsync(meetingId, item, clauses, cancellationToken)).ToCardModel(), language));
            case CardVerbs.Download:
                var format = ProtocolLinks.Parse(press.Text(CardInputs.Format)) ?? ProtocolFormat.Docx;
                var draft = await drafts.GetAsync(meetingId, cancellationToken);
                return CardOutcome.Show(WithLink(ProtocolDraftCard.Build(draft.ToCardModel(), language), format, links.For(meetingId, format), language));
            case CardVerbs.Finalise:
                var final = await drafts.FinaliseAsync(meetingId, cancellationToken);
                return CardOutcome.Show(WithLink(ProtocolDraftCard.Build(final.ToCardModel(), language), ProtocolFormat.Docx, links.For(meetingId, ProtocolFormat.Docx), language));
            default:
                return CardOutcome.Show(ProtocolDraftCard.Build((await drafts.GetAsync(meetingId, cancellationToken)).ToCardModel(), language));
        }
    }

    /// <summary>The draft card again, with the signed file link on top (Teams opens markdown links in a TextBlock).</summary>
    internal static AdaptiveCard WithLink(AdaptiveCard card, ProtocolFormat format, Uri link, CardLanguage language = CardLanguage.Swedish) => card with
    {
        Body = [new TextBlock($"[{LinkText(format, language)}]({link})"), .. card.Body],
    };

    private static string LinkText(ProtocolFormat format, CardLanguage language) => (format, language) switch
    {
        (ProtocolFormat.Docx, CardLanguage.English) => "Download the Word file (.docx)",
        (_, CardLanguage.English) => "Download the Markdown file",
        (ProtocolFormat.Docx, _) => "Ladda ner Word-filen (.docx)",
        _ => "Ladda ner Markdown-filen",
    };
}
