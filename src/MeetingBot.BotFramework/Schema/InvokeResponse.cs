using System.Buffers;
using System.Text.Json;

namespace MeetingBot.BotFramework.Schema;

/// <summary>
/// What the bot answers an invoke with, synchronously in the HTTP response: <see cref="Status"/> becomes the
/// HTTP status and <see cref="Json"/> the body. Kept as the UTF-8 JSON that was written, never parsed again: the
/// endpoint sends these bytes, and a duplicate delivery is answered with them byte for byte from storage.
/// </summary>
public sealed record InvokeResponse(int Status, byte[]? Json)
{
    /// <summary>
    /// The handler can give this answer again from the state its first delivery left
    /// (<see cref="Handlers.IActivityHandler.OnDuplicateInvokeAsync"/>): the dedupe store keeps the status only, not
    /// the body. For an answer that is large and common, where keeping it would cost every delivery a write that only
    /// a rare re-delivery reads.
    /// </summary>
    public bool Rebuildable { get; init; }

    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>
    /// Replaces the card for the user who clicked, with <paramref name="card"/>: the card object itself, as a JSON
    /// serializer wrote it in UTF-8.
    /// </summary>
    /// <remarks>
    /// The card is copied into the envelope as it was written and not read again: the card is the whole of an RSVP
    /// press's answer, and every extra pass over it cost the press more than its database write.
    /// </remarks>
    public static InvokeResponse Card(ReadOnlySpan<byte> card)
    {
        var buffer = new ArrayBufferWriter<byte>(card.Length + 96);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("statusCode", 200);
            writer.WriteString("type", AdaptiveCardType);
            writer.WritePropertyName("value");

            // Not validated: the card comes from a serializer, and a second reading of every byte is what this saves.
            writer.WriteRawValue(card, skipInputValidation: true);
            writer.WriteEndObject();
        }

        return new(200, buffer.WrittenSpan.ToArray());
    }

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
        new(200, JsonSerializer.SerializeToUtf8Bytes(body, BotJsonContext.Default.AdaptiveCardInvokeResponse));
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
