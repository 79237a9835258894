using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Commands;
using MeetingBot.Core.Meetings;

namespace MeetingBot.Bot.Commands;

/// <summary><c>dagordning 23 januari</c>: the agenda card to the team channel and every member's personal chat.</summary>
internal sealed class PostAgendaCommand(AgendaPoster poster) : IMeetingCommand
{
    public CommandKind Kind => CommandKind.PostAgenda;

    public async Task RunAsync(ChatCommand command, Meeting meeting, Speaker speaker, TurnContext turn, CancellationToken cancellationToken)
    {
        var posting = await poster.PostAsync(meeting, turn, AgendaDelivery.Everyone, cancellationToken);
        await turn.SayAsync(Summary(meeting, posting, speaker.Language), cancellationToken);
    }

    internal static string Summary(Meeting meeting, AgendaPosting posting, CardLanguage language = CardLanguage.Swedish)
    {
        var date = CardTexts.For(language).Date(meeting.Date);
        var total = posting.Reached.Count + posting.NotReached.Count;
        var missed = string.Join(", ", posting.NotReached);
        if (language == CardLanguage.English)
        {
            var whereEn = posting.Channel ? "is posted in the team's channel and "
                : posting.ChannelFailed ? "could not be posted in the team's channel but is "
                : "is posted (in no channel: add me to the team first) ";
            var textEn = $"The agenda for {date} {whereEn}sent to {posting.Reached.Count} of {total} {(total == 1 ? "member" : "members")}.";
            return posting.NotReached.Count == 0
                ? textEn
                : textEn + $" I could not reach: {missed} (they need to open MeetingBot in Teams once, or be in the team).";
        }

        // "ledamöter" is the plural of "ledamot": 1 av 1 ledamot, 2 av 3 ledamöter.
        var where = posting.Channel ? "är postad i teamets kanal och "
            : posting.ChannelFailed ? "kunde inte postas i teamets kanal men är "
            : "är postad (inte i någon kanal: lägg till mig i teamet först) ";
        var text = $"Dagordningen för {date} {where}skickad till {posting.Reached.Count} av {total} {(total == 1 ? "ledamot" : "ledamöter")}.";
        return posting.NotReached.Count == 0
            ? text
            : text + $" Jag kunde inte nå: {missed} (de behöver öppna MeetingBot i Teams en gång, eller finnas i teamet).";
    }
}
