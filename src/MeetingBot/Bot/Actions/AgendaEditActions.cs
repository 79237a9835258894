using MeetingBot.Assignments;
using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;
using MeetingBot.Meetings;

namespace MeetingBot.Bot.Actions;

/// <summary>The agenda form's buttons: each answers with the form as the agenda now stands, and posted agenda cards follow.</summary>
internal sealed class AgendaEditActions(AgendaService agenda, AgendaCardUpdates updates, AgendaOffers offers) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [AgendaEditVerbs.Add, AgendaEditVerbs.Edit, AgendaEditVerbs.Move, AgendaEditVerbs.Remove, AgendaEditVerbs.AddReportBack];

    public bool SecretariatOnly => true;

    public async Task<CardOutcome> HandleAsync(CardPress press, Speaker? presser, TurnContext turn, CancellationToken cancellationToken)
    {
        if (press.MeetingId is not { } meetingId)
        {
            return CardOutcome.Say(BotReplies.For(presser?.Language ?? CardLanguage.Swedish).UnknownMeeting);
        }

        var item = press.Int(CardInputs.Item);
        var meeting = (press.Verb, item) switch
        {
            (AgendaEditVerbs.Add, _) => await agenda.AddAsync(meetingId, Input(press, null), null, cancellationToken),
            (AgendaEditVerbs.Edit, { } number) => await agenda.EditAsync(meetingId, number, Input(press, number), cancellationToken),
            (AgendaEditVerbs.Move, { } number) when press.Int(AgendaEditInputs.To) is { } to => await agenda.MoveAsync(meetingId, number, to, cancellationToken),
            (AgendaEditVerbs.Remove, { } number) => await agenda.RemoveAsync(meetingId, number, cancellationToken),
            (AgendaEditVerbs.AddReportBack, _) when press.Int(AgendaEditInputs.Assignment) is { } id
                && await offers.ItemAsync(id, cancellationToken) is { } reportBack => await agenda.AddAsync(meetingId, reportBack, null, cancellationToken),
            _ => null,
        };
        if (meeting is null)
        {
            return CardOutcome.Say(BotReplies.For(presser?.Language ?? CardLanguage.Swedish).UnknownAction);
        }

        updates.Enqueue(new AgendaCardUpdate(meetingId, turn.Connector, null));
        return CardOutcome.Show(SecretariatCards.AgendaForm(meeting, presser?.Language ?? CardLanguage.Swedish, await offers.ForAsync(meeting, cancellationToken)));
    }

    private static AgendaItemInput Input(CardPress press, int? item) => new(
        press.Text(AgendaEditInputs.Title(item)) ?? string.Empty,
        press.Text(AgendaEditInputs.Summary(item)) is { Length: > 0 } summary ? summary : null,
        AgendaEditInputs.Lines(press.Text(AgendaEditInputs.Presenters(item))),
        AgendaEditInputs.Lines(press.Text(AgendaEditInputs.Attachments(item))));
}
