using System.Text.Json.Nodes;

namespace MeetingBot.Core.Cards;

public abstract record CardAction(string Title)
{
    public string? Id { get; init; }

    /// <summary>"positive" or "destructive"; Teams ignores it, so meaning never depends on it.</summary>
    public string? Style { get; init; }
}

/// <summary>
/// A Universal Action: Teams sends it to the bot as an <c>adaptiveCard/action</c> invoke. Clients
/// too old for it use <see cref="Fallback"/>, a plain submit with the same verb in its data.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb, JsonObject? Data = null) : CardAction(Title)
{
    public SubmitAction? Fallback { get; init; }

    public static ExecuteAction WithSubmitFallback(string title, string verb, JsonObject? data = null)
    {
        var fallbackData = data?.DeepClone().AsObject() ?? [];
        fallbackData["verb"] = verb;
        return new ExecuteAction(title, verb, data) { Fallback = new SubmitAction(title, fallbackData) };
    }
}

public sealed record SubmitAction(string Title, JsonObject? Data = null) : CardAction(Title);

public sealed record OpenUrlAction(string Title, Uri Url) : CardAction(Title);

public sealed record ShowCardAction(string Title, AdaptiveCard Card) : CardAction(Title);
