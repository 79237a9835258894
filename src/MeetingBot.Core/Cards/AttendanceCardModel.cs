namespace MeetingBot.Core.Cards;

/// <summary>What the attendance card shows: every roster member with their answer.</summary>
public sealed record AttendanceCardModel(string MeetingId, string Title, DateOnly Date, IReadOnlyList<AttendanceEntry> Entries);
