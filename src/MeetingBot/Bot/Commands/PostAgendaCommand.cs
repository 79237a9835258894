using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Commands;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Text;

namespace MeetingBot.Bot.Commands;

/// <summary><c>dagordning 23 januari</c>: the agenda card to the team channel and every member's personal chat.</summary>
internal sealed class PostAgendaCommand(AgendaPoster poster) : IMeetingCommand
{
    public CommandKind Kind => CommandKind.PostAgenda;

    public async Task RunAsync(ChatCommand command, Meeting meeting, Speaker speaker, TurnContext turn, CancellationToken cancellationToken)
    {
        var posting = await poster.PostAsync(meeting, turn, AgendaDelivery.Everyone, cancellationToken);
        await turn.ReplyAsync(Summary(meeting, posting), cancellationToken);
    }

    internal static string Summary(Meeting meeting, AgendaPosting posting)
    {
        var where = posting.Channel ? "är postad i teamets kanal och "
            : posting.ChannelFailed ? "kunde inte postas i teamets kanal men är "
            : "är postad (inte i någon kanal: lägg till mig i teamet först) ";
        var text = $"Dagordningen för {SwedishDate.Format(meeting.Date)} {where}skickad till {posting.Reached.Count} av {posting.Reached.Count + posting.NotReached.Count} ledamöter.";
        return posting.NotReached.Count == 0
            ? text
            : text + $" Jag kunde inte nå: {string.Join(", ", posting.NotReached)} (de behöver öppna MeetingBot i Teams en gång, eller finnas i teamet).";
    }
}
