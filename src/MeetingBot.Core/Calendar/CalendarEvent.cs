namespace MeetingBot.Core.Calendar;

/// <summary>
/// One meeting as the calendar holds it. <see cref="Date"/> is its current local date;
/// <see cref="PlannedDate"/> the date it was created for, which stays when the meeting is moved so that
/// a rerun of the creation does not bring the old date back. <see cref="IsOnlineMeeting"/> is false
/// when a Teams meeting was asked for but the organiser's mailbox could not host one. <see cref="Revision"/>
/// grows with each change (iCalendar's SEQUENCE), so calendars fed from a file take the latest version.
/// </summary>
public sealed record CalendarEvent(
    string ExternalId,
    DateOnly PlannedDate,
    DateOnly Date,
    DateTimeOffset Start,
    DateTimeOffset End,
    Uri? JoinUrl,
    bool IsOnlineMeeting,
    bool IsCancelled = false,
    int Revision = 0);
