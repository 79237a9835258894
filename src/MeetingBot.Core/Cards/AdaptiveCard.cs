namespace MeetingBot.Core.Cards;

/// <summary>
/// An Adaptive Card at the version Teams renders for bots (1.5). Built from typed elements and
/// written by <see cref="CardJson"/>, never by string concatenation.
/// </summary>
// No "lang": the official renderer validates it with a global regex whose state leaks between
// cards (adaptivecards 3.0.6, /^[a-z]{2,3}$/gi), so every second card would fail validation.
public sealed record AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public string Version { get; init; } = "1.5";

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<CardAction>? Actions { get; init; }

    public CardRefresh? Refresh { get; init; }

    public TeamsCardProperties? Msteams { get; init; } = new("Full");
}

/// <summary>Teams' extension of the card root; "Full" uses the whole message width.</summary>
public sealed record TeamsCardProperties(string Width);

/// <summary>
/// A refresh action that gives each listed user their own view of the card. Teams allows at most
/// 60 user ids (<see cref="MaxUserIds"/>). The action is an <see cref="ExecuteAction"/> because
/// Teams refreshes only through Action.Execute.
/// </summary>
public sealed record CardRefresh(ExecuteAction Action, IReadOnlyList<string> UserIds)
{
    public const int MaxUserIds = 60;
}
