using MeetingBot.Assignments;
using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Commands;
using MeetingBot.Core.Meetings;
using MeetingBot.Meetings;

namespace MeetingBot.Bot.Commands;

/// <summary>
/// <c>ändra dagordning 23 januari</c>: the agenda form. Lines pasted under the command, in the
/// protocol's item format ("§ 1 …", "Sammanfattning: …"), replace the whole agenda first. The form
/// offers a report-back item for each open assignment due by the meeting.
/// </summary>
internal sealed class EditAgendaCommand(AgendaService agenda, AgendaOffers offers) : IMeetingCommand
{
    public CommandKind Kind => CommandKind.EditAgenda;

    public async Task RunAsync(ChatCommand command, Meeting meeting, Speaker speaker, TurnContext turn, CancellationToken cancellationToken)
    {
        var current = command.Body is { } pasted ? await agenda.ReplaceAsync(meeting.Id, pasted, cancellationToken) : meeting;
        var text = command.Body is null ? null : ItemCount(current.Agenda.Count, speaker.Language);
        var offered = await offers.ForAsync(current, cancellationToken);
        await turn.ReplyAsync(CardAttachment.Reply(turn, SecretariatCards.AgendaForm(current, speaker.Language, offered), text), cancellationToken);
    }

    internal static string ItemCount(int count, CardLanguage language) => language == CardLanguage.English
        ? $"The agenda now has {count} {(count == 1 ? "item" : "items")}."
        : $"Dagordningen har nu {count} {(count == 1 ? "punkt" : "punkter")}.";
}
