using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;
using MeetingBot.Meetings;

namespace MeetingBot.Bot.Actions;

/// <summary>
/// "Jag kommer" and "Anmäl förhinder": the answer counts for the presser (from the authenticated
/// activity), whatever the card's data says. The presser gets their own view back at once; the
/// other copies get the new tally in the background. A press reads the roster once (finding the
/// presser), the meeting once and its answers once, and writes one row.
/// </summary>
internal sealed class RsvpActions(
    MeetingService meetings, AttendanceService attendance, AgendaCards cards, AgendaCardUpdates updates, TimeProvider time) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [CardVerbs.Accept, CardVerbs.Decline];

    public bool SecretariatOnly => false;

    public async Task<CardOutcome> HandleAsync(CardPress press, Speaker? presser, TurnContext turn, CancellationToken cancellationToken)
    {
        if (presser is null)
        {
            return CardOutcome.Say(BotReplies.Swedish.NotOnRosterCard);
        }

        if (press.MeetingId is not { } meetingId || await meetings.GetAsync(meetingId, cancellationToken) is not { } meeting)
        {
            return CardOutcome.Say(BotReplies.For(presser.Language).UnknownMeeting);
        }

        var declined = press.Verb == CardVerbs.Decline;
        // One unit of work on the meeting just read and the roster the presser was found in.
        var result = await attendance.RecordAsync(
            meeting,
            presser.Roster,
            presser.MemberId,
            declined ? AttendanceAnswer.Declined : AttendanceAnswer.Accepted,
            declined ? press.Text(CardInputs.Substitute) : null,
            declined ? press.Text(CardInputs.Comment) : null,
            ReplySource.Teams,
            time.GetUtcNow(),
            cancellationToken);
        if (Refusal(result.Outcome, BotReplies.For(presser.Language)) is { } refusal)
        {
            return CardOutcome.Say(refusal);
        }

        if (result.Outcome == AttendanceOutcome.Recorded)
        {
            // The presser's own chat already shows their view; a channel's base message must change for everyone.
            var skip = turn.Activity.Conversation?.ConversationType == ConversationTypes.Personal ? turn.Activity.Conversation.Id : null;
            updates.Enqueue(new AgendaCardUpdate(meetingId, turn.Connector, skip));
        }

        return CardOutcome.ShowAgendaView(await cards.ForAsync(meeting, presser, result.Attendance!, presser.Language, cancellationToken));
    }

    private static string? Refusal(AttendanceOutcome outcome, BotReplies replies) => outcome switch
    {
        AttendanceOutcome.MeetingStarted => replies.MeetingStarted,
        AttendanceOutcome.MeetingCancelled => replies.MeetingCancelled,
        AttendanceOutcome.InvalidSubstitute => replies.InvalidSubstitute,
        AttendanceOutcome.UnknownMeeting => replies.UnknownMeeting,
        AttendanceOutcome.UnknownMember => replies.NotOnRosterCard,
        AttendanceOutcome.NotAnAttendee => replies.NotAnAttendee,
        _ => null,
    };
}
