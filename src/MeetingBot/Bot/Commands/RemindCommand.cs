using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Commands;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Text;

namespace MeetingBot.Bot.Commands;

/// <summary><c>påminn 23 januari</c>: a new agenda card, with a reminder, in the personal chat of each member who has not answered.</summary>
internal sealed class RemindCommand(AgendaPoster poster) : IMeetingCommand
{
    public CommandKind Kind => CommandKind.Remind;

    public async Task RunAsync(ChatCommand command, Meeting meeting, Speaker speaker, TurnContext turn, CancellationToken cancellationToken)
    {
        var posting = await poster.PostAsync(meeting, turn, AgendaDelivery.Reminder, cancellationToken);
        await turn.ReplyAsync(Summary(meeting, posting), cancellationToken);
    }

    internal static string Summary(Meeting meeting, AgendaPosting posting)
    {
        if (posting.Reached.Count + posting.NotReached.Count == 0)
        {
            return $"Alla har svarat för mötet {SwedishDate.Format(meeting.Date)}; ingen behöver påminnas.";
        }

        var text = $"Påminnelse skickad till {posting.Reached.Count} som inte har svarat för mötet {SwedishDate.Format(meeting.Date)}" +
            (posting.Reached.Count == 0 ? "." : $": {string.Join(", ", posting.Reached)}.");
        return posting.NotReached.Count == 0 ? text : text + $" Jag kunde inte nå: {string.Join(", ", posting.NotReached)}.";
    }
}
