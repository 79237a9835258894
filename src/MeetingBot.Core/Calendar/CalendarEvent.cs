namespace MeetingBot.Core.Calendar;

/// <summary>
/// One meeting as the calendar holds it. <see cref="IsOnlineMeeting"/> is false when a Teams
/// meeting was asked for but the organiser's mailbox could not host one; <see cref="JoinUrl"/> is then absent.
/// </summary>
public sealed record CalendarEvent(
    string ExternalId,
    DateOnly Date,
    DateTimeOffset Start,
    DateTimeOffset End,
    Uri? JoinUrl,
    bool IsOnlineMeeting,
    bool IsCancelled = false);
