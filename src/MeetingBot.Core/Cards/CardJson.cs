using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MeetingBot.Core.Cards;

/// <summary>The card wire format (<see cref="CardJsonWriter"/>): camelCase, nulls left out, Swedish letters unescaped.</summary>
public static class CardJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// This thread's buffer and writer, reused as System.Text.Json reuses its own: every RSVP press writes a card, and a
    /// fresh buffer grown to its size cost more than the writing. A card is written start to end on one thread and copied
    /// out before the thread writes another; cards stay under 40 KB, so neither does the buffer.
    /// </summary>
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? current;

    public static string Serialize(AdaptiveCard card) => Encoding.UTF8.GetString(Write(card));

    public static byte[] SerializeToUtf8Bytes(AdaptiveCard card) => Write(card).ToArray();

    public static JsonElement ToJsonElement(AdaptiveCard card)
    {
        var reader = new Utf8JsonReader(Write(card));
        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>The card's JSON in this thread's buffer, valid until the thread writes the next card.</summary>
    private static ReadOnlySpan<byte> Write(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (current is not var (buffer, writer))
        {
            buffer = new ArrayBufferWriter<byte>(8 * 1024);
            writer = new Utf8JsonWriter(buffer, WriterOptions);
            current = (buffer, writer);
        }

        // Reset also after a card that failed half-way: its partial output is dropped.
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        CardJsonWriter.Write(writer, card);
        writer.Flush();
        return buffer.WrittenSpan;
    }
}
