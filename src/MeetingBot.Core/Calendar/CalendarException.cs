namespace MeetingBot.Core.Calendar;

/// <summary>The calendar as a whole failed (not reachable, not authorised, meeting not found).</summary>
public sealed class CalendarException(string message, Exception? inner = null) : DomainException(message, inner);
