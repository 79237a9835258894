using System.Text.Json;
using System.Text.RegularExpressions;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Questions;
using MeetingBot.Questions;

namespace MeetingBot.Bot;

/// <summary>
/// MeetingBot in chat: greets, explains what it can do, and answers questions about decisions,
/// attendance and the next meeting with the cited answer as text and as an Adaptive Card.
/// </summary>
internal sealed partial class MeetingBotHandler(QuestionService questions) : ActivityHandler
{
    public const string Greeting = "Hej! Jag är MeetingBot, kommundirektörsgruppens mötesassistent. Skriv \"hjälp\" så berättar jag vad jag kan.";
    public const string CardActionReceived = "Tack, det är mottaget.";

    public const string Help =
        "Jag svarar på frågor om gruppens beslut och möten, med hänvisning till protokoll och §. Till exempel:\n" +
        "- Vad beslutades om idrottsgalan?\n" +
        "- Vad sa vi om SKR och Arbetsförmedlingen?\n" +
        "- Vem anmälde förhinder 13 juni?\n" +
        "- När är nästa möte?";

    public override async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var said = Said(turn.Activity.Text);
        if (said.Length == 0)
        {
            return;
        }

        if (IsGreeting(said))
        {
            await turn.ReplyAsync(Greeting, cancellationToken);
            return;
        }

        if (IsHelp(said))
        {
            await turn.ReplyAsync(Help, cancellationToken);
            return;
        }

        var (answer, protocols) = await questions.AskWithProtocolsAsync(said, cancellationToken);
        var card = AnswerCard.Build(answer, reference => protocols.FirstOrDefault(p => p.Reference == reference));
        var reply = turn.Activity.CreateReply(answer.Text);
        reply.Attachments = [new Attachment { ContentType = AdaptiveCard.ContentType, Content = JsonSerializer.SerializeToElement(CardJson.ToJsonObject(card)) }];
        await turn.ReplyAsync(reply, cancellationToken);
    }

    /// <summary>Acknowledges a card action with a toast until the meeting cards have verbs of their own.</summary>
    public override Task<InvokeResponse> OnInvokeAsync(string name, TurnContext turn, CancellationToken cancellationToken) =>
        Task.FromResult(name == InvokeNames.AdaptiveCardAction
            ? InvokeResponse.Message(CardActionReceived)
            : new InvokeResponse(501, null));

    internal static bool IsGreeting(string? text) =>
        Said(text).TrimEnd('!', '.').Trim() is var said
        && (said.Equals("hej", StringComparison.OrdinalIgnoreCase) || said.Equals("hallå", StringComparison.OrdinalIgnoreCase));

    internal static bool IsHelp(string? text) =>
        Said(text).TrimEnd('?', '!', '.').Trim() is var said
        && (said.Equals("hjälp", StringComparison.OrdinalIgnoreCase) || said.Equals("help", StringComparison.OrdinalIgnoreCase));

    /// <summary>In channels the text starts with the bot's <c>&lt;at&gt;</c> mention; it is not part of what was said.</summary>
    private static string Said(string? text) => text is null ? string.Empty : Mention().Replace(text, string.Empty).Trim();

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();
}
