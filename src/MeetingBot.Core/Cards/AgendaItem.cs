namespace MeetingBot.Core.Cards;

/// <summary>One numbered item of a meeting's agenda, before anything is decided.</summary>
public sealed record AgendaItem(int Number, string Title, string? Summary, IReadOnlyList<string> Presenters, IReadOnlyList<string> Attachments);
