using System.Text.Json;

namespace MeetingBot.BotFramework.Schema;

/// <summary>
/// What the bot answers an invoke with, synchronously in the HTTP response: <see cref="Status"/> becomes the
/// HTTP status and <see cref="Body"/> the JSON body. Kept as raw JSON so a duplicate delivery can be answered
/// byte for byte from storage.
/// </summary>
public sealed record InvokeResponse(int Status, JsonElement? Body)
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>Replaces the card for the user who clicked, with <paramref name="card"/> (the card object itself).</summary>
    public static InvokeResponse Card(JsonElement card) =>
        Universal(new AdaptiveCardInvokeResponse { StatusCode = 200, Type = AdaptiveCardType, Value = card });

    /// <summary>A toast shown to the user who clicked.</summary>
    public static InvokeResponse Message(string text) =>
        Universal(new AdaptiveCardInvokeResponse { StatusCode = 200, Type = MessageType, Value = JsonSerializer.SerializeToElement(text, BotJsonContext.Default.String) });

    public static InvokeResponse Error(int statusCode, string code, string message) =>
        Universal(new AdaptiveCardInvokeResponse
        {
            StatusCode = statusCode,
            Type = ErrorType,
            Value = JsonSerializer.SerializeToElement(new InvokeError { Code = code, Message = message }, BotJsonContext.Default.InvokeError),
        });

    // Universal Actions carry their own status inside an HTTP 200, as botbuilder and teams.net send it.
    private static InvokeResponse Universal(AdaptiveCardInvokeResponse body) =>
        new(200, JsonSerializer.SerializeToElement(body, BotJsonContext.Default.AdaptiveCardInvokeResponse));
}

public sealed class AdaptiveCardInvokeResponse
{
    public int StatusCode { get; set; }

    public string? Type { get; set; }

    public JsonElement? Value { get; set; }
}

public sealed class InvokeError
{
    public string? Code { get; set; }

    public string? Message { get; set; }
}
