using System.Globalization;
using System.Text.Json;
using MeetingBot.Core.Cards;

namespace MeetingBot.Bot.Actions;

/// <summary>
/// A button pressed on one of the bot's cards: its verb and data (with the card's input values).
/// Only the meeting id, item numbers and typed inputs are read from it; who pressed comes from the
/// authenticated activity, never from here.
/// </summary>
internal sealed record CardPress(string Verb, JsonElement Data)
{
    /// <summary>An <c>adaptiveCard/action</c> invoke's <c>value.action</c>.</summary>
    public static CardPress? FromInvoke(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v
        && v.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
        && action.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String
            ? new CardPress(verb.GetString()!, action.TryGetProperty("data", out var data) ? data : default)
            : null;

    /// <summary>The <c>Action.Submit</c> fallback: a message whose value is the data with the verb in it.</summary>
    public static CardPress? FromSubmit(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String
            ? new CardPress(verb.GetString()!, v)
            : null;

    public int? MeetingId => Int(CardInputs.MeetingId);

    public string? Text(string key) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A number sent as a JSON number (card data) or a string (some clients stringify data).</summary>
    public int? Int(string key)
    {
        if (Data.ValueKind != JsonValueKind.Object || !Data.TryGetProperty(key, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }
}
