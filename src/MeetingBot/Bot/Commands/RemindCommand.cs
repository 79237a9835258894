using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Commands;
using MeetingBot.Core.Meetings;

namespace MeetingBot.Bot.Commands;

/// <summary>
/// <c>påminn 23 januari</c>: a new agenda card, with a reminder, in the personal chat of each member who
/// has not answered. The summary names who has not answered, so it goes to the asker's personal chat only.
/// </summary>
internal sealed class RemindCommand(AgendaPoster poster, PrivateReplies replies) : IMeetingCommand
{
    public CommandKind Kind => CommandKind.Remind;

    public async Task RunAsync(ChatCommand command, Meeting meeting, Speaker speaker, TurnContext turn, CancellationToken cancellationToken)
    {
        var posting = await poster.PostAsync(meeting, turn, AgendaDelivery.Reminder, cancellationToken);
        await replies.ReplyAsync(turn, ChatText.Reply(turn, Summary(meeting, posting, speaker.Language)), speaker.Language, cancellationToken);
    }

    internal static string Summary(Meeting meeting, AgendaPosting posting, CardLanguage language = CardLanguage.Swedish)
    {
        var date = CardTexts.For(language).Date(meeting.Date);
        var english = language == CardLanguage.English;
        if (posting.Reached.Count + posting.NotReached.Count == 0)
        {
            return english
                ? $"Everyone has answered for the meeting on {date}; nobody needs reminding."
                : $"Alla har svarat för mötet {date}; ingen behöver påminnas.";
        }

        var reached = posting.Reached.Count == 0 ? "." : $": {string.Join(", ", posting.Reached)}.";
        var text = english
            ? $"Reminder sent to {posting.Reached.Count} who {(posting.Reached.Count == 1 ? "has" : "have")} not answered for the meeting on {date}{reached}"
            : $"Påminnelse skickad till {posting.Reached.Count} som inte har svarat för mötet {date}{reached}";
        return posting.NotReached.Count == 0
            ? text
            : text + (english ? " I could not reach: " : " Jag kunde inte nå: ") + string.Join(", ", posting.NotReached) + ".";
    }
}
