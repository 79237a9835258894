using MeetingBot.BotFramework.Handlers;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Core.Cards;

namespace MeetingBot.Bot.Cards;

/// <summary>Adaptive Cards as the Connector and invoke responses carry them.</summary>
internal static class CardAttachment
{
    public static Attachment Of(AdaptiveCard card) => new() { ContentType = AdaptiveCard.ContentType, Content = CardJson.ToJsonElement(card) };

    /// <summary>A new message carrying <paramref name="card"/> (with <paramref name="text"/>, as chat text, for notifications and screen readers).</summary>
    public static Activity Message(AdaptiveCard card, string? text = null)
    {
        var message = ChatText.Message(text);
        message.Attachments = [Of(card)];
        return message;
    }

    public static Activity Reply(TurnContext turn, AdaptiveCard card, string? text = null)
    {
        var reply = ChatText.Reply(turn, text ?? string.Empty);
        reply.Attachments = [Of(card)];
        return reply;
    }
}
