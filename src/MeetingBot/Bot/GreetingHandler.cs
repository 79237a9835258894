using System.Text.RegularExpressions;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.Bot;

/// <summary>
/// The bot's behaviour until the meeting handlers arrive: answers a greeting, so a Teams install
/// (or the development issuer end to end) shows the whole path works.
/// </summary>
internal sealed partial class GreetingHandler : ActivityHandler
{
    public const string Greeting = "Hej! Jag är MeetingBot, kommundirektörsgruppens mötesassistent.";
    public const string CardActionReceived = "Tack, det är mottaget.";

    public override async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (IsGreeting(turn.Activity.Text))
        {
            await turn.ReplyAsync(Greeting, cancellationToken);
        }
    }

    /// <summary>Acknowledges a card action with a toast, so Action.Execute round-trips (and can be load-tested) before real cards exist.</summary>
    public override Task<InvokeResponse> OnInvokeAsync(string name, TurnContext turn, CancellationToken cancellationToken) =>
        Task.FromResult(name == InvokeNames.AdaptiveCardAction
            ? InvokeResponse.Message(CardActionReceived)
            : new InvokeResponse(501, null));

    /// <summary>In channels the text starts with the bot's <c>&lt;at&gt;</c> mention; it is not part of what was said.</summary>
    internal static bool IsGreeting(string? text) =>
        text is not null && Mention().Replace(text, string.Empty).Trim().TrimEnd('!', '.').Trim() is var said
        && (said.Equals("hej", StringComparison.OrdinalIgnoreCase) || said.Equals("hallå", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();
}
