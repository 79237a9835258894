using MeetingBot.Bot.Cards;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;

namespace MeetingBot.Bot.Scheduled;

/// <summary>What the secretariat is told when an agenda post or a reminder is done: whom it reached and whom it did not.</summary>
internal static class DeliverySummary
{
    public static string Agenda(Meeting meeting, AgendaPosting posting, CardLanguage language = CardLanguage.Swedish)
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

    /// <summary>Names who has not answered: sent only to the asker's personal chat.</summary>
    public static string Reminder(Meeting meeting, AgendaPosting posting, CardLanguage language = CardLanguage.Swedish)
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
