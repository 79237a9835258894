using MeetingBot.Bot.Actions;
using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Justering;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Text;
using MeetingBot.Justering;
using MeetingBot.Justering.Storage;
using MeetingBot.Meetings;

namespace MeetingBot.Bot.Justering;

/// <summary>
/// "Justera", "Begär ändring" and the card's refresh. The answer counts for the presser of the
/// authenticated activity (never for anything in the card's data) and only when they are a named
/// signatory; the card's data names the meeting and the version shown, and an answer on a version that
/// is no longer current is refused. A requested change goes to the secretariat's personal chats with
/// the comment; the last approval makes the protocol justerat and posts the channel's card.
/// </summary>
internal sealed class JusteringActions(
    MeetingService meetings, JusteringService justering, JusteringStore store, JusteringCards cards, MemberChats chats, AgendaAudience audience) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [CardVerbs.Approve, CardVerbs.RequestChange, CardVerbs.RefreshJustering];

    public bool SecretariatOnly => false;

    public async Task<CardOutcome> HandleAsync(CardPress press, Speaker? presser, TurnContext turn, CancellationToken cancellationToken)
    {
        if (presser is null)
        {
            return CardOutcome.Say(BotReplies.Swedish.NotOnRosterCard);
        }

        var language = presser.Language;
        if (press.MeetingId is not { } meetingId || await meetings.GetAsync(meetingId, cancellationToken) is not { } meeting)
        {
            return CardOutcome.Say(BotReplies.For(language).UnknownMeeting);
        }

        if (press.Verb == CardVerbs.RefreshJustering)
        {
            var current = await justering.ViewAsync(meeting, cancellationToken);
            if (!presser.IsSecretariat && !current.Status.IsSignatory(presser.MemberId))
            {
                return CardOutcome.Say(JusteringReplies.NotASignatory(language));
            }

            return current.Version is null
                ? CardOutcome.Say(JusteringReplies.Status(current, language))
                : CardOutcome.Show(await CardForAsync(meeting, current, presser, cancellationToken));
        }

        var verdict = press.Verb == CardVerbs.Approve ? JusteringVerdict.Approved : JusteringVerdict.ChangeRequested;
        var comment = press.Text(CardInputs.Comment)?.Trim();
        if (verdict == JusteringVerdict.ChangeRequested && string.IsNullOrEmpty(comment))
        {
            return CardOutcome.Say(JusteringReplies.CommentRequired(language));
        }

        var outcome = await justering.AnswerAsync(meeting, press.Int(CardInputs.Version) ?? 0, presser.MemberId, presser.AadObjectId, verdict, comment, cancellationToken);
        switch (outcome.Result)
        {
            case AnswerResult.NotASignatory:
                return CardOutcome.Say(JusteringReplies.NotASignatory(language));
            case AnswerResult.Outdated:
                return CardOutcome.Say(JusteringReplies.Outdated(language));
            case AnswerResult.AlreadyJusterat:
                return CardOutcome.Say(JusteringReplies.AlreadyJusterat(language));
        }

        var view = outcome.View!;
        var secretariat = await audience.SecretariatAsync(cancellationToken);
        if (verdict == JusteringVerdict.ChangeRequested)
        {
            var text = JusteringReplies.ChangeRequested(view, presser.Name, comment!, $"skicka för justering {SwedishDate.Format(meeting.Date)}");
            await chats.SendAsync(turn.Connector, turn.Activity, secretariat, _ => ChatText.Message(text), cancellationToken);
        }

        if (outcome.BecameJusterat)
        {
            await chats.SendToChannelAsync(turn.Connector, CardAttachment.Message(cards.Justerat(view)), cancellationToken);
            await chats.SendAsync(turn.Connector, turn.Activity, secretariat, _ => ChatText.Message(JusteringReplies.JusteratToSecretariat(view)), cancellationToken);
        }

        return CardOutcome.Show(await CardForAsync(meeting, view, presser, cancellationToken));
    }

    private async Task<AdaptiveCard> CardForAsync(Meeting meeting, JusteringView view, Speaker presser, CancellationToken cancellationToken)
    {
        var signatories = await store.MembersAsync([.. view.Status.Signatories.Select(s => s.MemberId)], cancellationToken);
        var refresh = await chats.TeamsUserIdsAsync(signatories, cancellationToken);
        return cards.ForSignatory(meeting, view, view.Status.IsSignatory(presser.MemberId) ? presser.MemberId : null, refresh, presser.Language);
    }
}
