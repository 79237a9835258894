using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MeetingBot.Calendar.Graph;

/// <summary>
/// Reads a Graph notification POST without trusting it: the body may come from anyone who knows the
/// URL. At most <see cref="ClientStateWindowBytes"/> are read and scanned for the first notification's
/// <c>clientState</c>; only when that is ours is the rest read (up to <see cref="MaxBodyBytes"/>) and
/// parsed, and then each notification is checked again. A basic notification for an Outlook event is
/// well under 1 KB, and Graph sends a batch of them, so both limits leave ample room.
/// </summary>
internal static class GraphNotificationBody
{
    public const int MaxBodyBytes = 1024 * 1024;
    public const int ClientStateWindowBytes = 16 * 1024;

    public static async Task<NotificationRead> ReadAsync(HttpRequest request, string? expectedClientState, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return NotificationRead.TooLarge;
        }

        var window = new byte[ClientStateWindowBytes];
        var length = await request.Body.ReadAtLeastAsync(window, window.Length, throwOnEndOfStream: false, cancellationToken);
        var complete = length < window.Length;
        var first = FirstClientState(window.AsSpan(0, length), complete);
        if (first is null)
        {
            return NotificationRead.Malformed;
        }

        if (!first.Found || !SameSecret(first.Value, expectedClientState))
        {
            // Not ours: the rest of the body is never read, whatever its size.
            return NotificationRead.Unauthentic(1);
        }

        using var body = new MemoryStream();
        body.Write(window, 0, length);
        if (!complete && !await CopyBoundedAsync(request.Body, body, cancellationToken))
        {
            return NotificationRead.TooLarge;
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body.GetBuffer().AsSpan(0, (int)body.Length));
        }
        catch (JsonException)
        {
            return NotificationRead.Malformed;
        }

        var all = (root?["value"] as JsonArray)?.OfType<JsonNode>().ToList() ?? [];
        var authentic = all.Where(n => SameSecret(Text(n, "clientState"), expectedClientState)).ToList();
        return authentic.Count > 0 ? new NotificationRead(ReadOutcome.Read, authentic, all.Count - authentic.Count) : NotificationRead.Unauthentic(all.Count);
    }

    public static string? Text(JsonNode? node, string property) =>
        node?[property] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <returns>True when the rest fit under <see cref="MaxBodyBytes"/>.</returns>
    private static async Task<bool> CopyBoundedAsync(Stream source, MemoryStream target, CancellationToken cancellationToken)
    {
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (target.Length + read > MaxBodyBytes)
            {
                return false;
            }

            target.Write(chunk, 0, read);
        }

        return true;
    }

    /// <summary>
    /// The <c>clientState</c> of <c>value[0]</c>, scanning only <paramref name="prefix"/>. Null when the prefix is
    /// not JSON; not found when the first notification has none, or does not show it within the prefix.
    /// </summary>
    private static FirstState? FirstClientState(ReadOnlySpan<byte> prefix, bool isFinalBlock)
    {
        var reader = new Utf8JsonReader(prefix, isFinalBlock, default);
        var inValue = false;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                        inValue = reader.ValueTextEquals("value"u8);
                        break;
                    case JsonTokenType.PropertyName when inValue && reader.CurrentDepth == 3 && reader.ValueTextEquals("clientState"u8):
                        if (!reader.Read())
                        {
                            return new FirstState(false, null);
                        }

                        return new FirstState(reader.TokenType == JsonTokenType.String, reader.TokenType == JsonTokenType.String ? reader.GetString() : null);
                    case JsonTokenType.EndObject when inValue && reader.CurrentDepth == 2:
                        // The first notification ended without a clientState.
                        return new FirstState(false, null);
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return new FirstState(false, null);
    }

    private static bool SameSecret(string? given, string? expected) =>
        given is not null && expected is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private sealed record FirstState(bool Found, string? Value);
}
