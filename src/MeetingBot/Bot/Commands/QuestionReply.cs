using System.Text.RegularExpressions;
using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Questions;
using MeetingBot.Questions;

namespace MeetingBot.Bot.Commands;

/// <summary>
/// Anything that is not a command is a question: the cited answer as text and as an Adaptive Card,
/// in the asker's language. Anyone may ask (the register is the group's shared record), so an
/// unknown asker reads the group's Swedish.
/// </summary>
internal sealed partial class QuestionReply(QuestionService questions, SpeakerResolver speakers)
{
    public async Task ReplyAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var said = Mention().Replace(turn.Activity.Text ?? string.Empty, string.Empty).Trim();
        if (said.Length == 0)
        {
            return;
        }

        var language = (await speakers.FindKnownAsync(turn, cancellationToken))?.Language ?? CardLanguage.Swedish;
        var (answer, protocols) = await questions.AskWithProtocolsAsync(said, language, cancellationToken);
        var card = AnswerCard.Build(answer, reference => protocols.FirstOrDefault(p => p.Reference == reference), language);
        await turn.ReplyAsync(CardAttachment.Reply(turn, card, answer.Text), cancellationToken);
    }

    /// <summary>In channels the text starts with the bot's <c>&lt;at&gt;</c> mention; it is not part of what was said.</summary>
    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();
}
