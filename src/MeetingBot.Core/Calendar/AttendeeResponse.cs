namespace MeetingBot.Core.Calendar;

/// <summary>
/// One attendee's answer to one meeting. <see cref="RespondedAt"/> is absent when the calendar
/// has no time for it (Graph sends 0001-01-01 for "not yet").
/// </summary>
public sealed record AttendeeResponse(string Email, CalendarResponse Response, DateTimeOffset? RespondedAt);

/// <summary>The responses to one meeting of the series.</summary>
public sealed record MeetingResponses(DateOnly Date, string ExternalId, IReadOnlyList<AttendeeResponse> Attendees);
