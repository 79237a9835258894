using MeetingBot.BotFramework.Handlers;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Core.Text;

namespace MeetingBot.Bot;

/// <summary>
/// The one place the bot's chat text becomes a message: Teams renders a message's text as Markdown,
/// so every text is converted by <see cref="ChatMarkdown"/> here, and the host's banned-symbol list
/// keeps the raw <c>ReplyAsync(string)</c> and <c>CreateReply(string)</c> out of every other file.
/// Invoke responses (toasts) are plain text and do not come here.
/// </summary>
internal static class ChatText
{
    public const string Markdown = "markdown";

    /// <summary>A reply to the turn's activity, with <paramref name="text"/> (may be empty beside a card) as Markdown.</summary>
    public static Activity Reply(TurnContext turn, string text)
    {
        ArgumentNullException.ThrowIfNull(turn);
#pragma warning disable RS0030 // The one place chat text is converted before it becomes a reply.
        var reply = turn.Activity.CreateReply(ChatMarkdown.Format(text));
#pragma warning restore RS0030
        reply.TextFormat = Markdown;
        return reply;
    }

    /// <summary>A new message (proactive, or beside a card) with <paramref name="text"/> as Markdown.</summary>
    public static Activity Message(string? text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text is null ? null : ChatMarkdown.Format(text),
        TextFormat = text is null ? null : Markdown,
    };

    public static Task<string?> SayAsync(this TurnContext turn, string text, CancellationToken cancellationToken) =>
        turn.ReplyAsync(Reply(turn, text), cancellationToken);
}
