namespace MeetingBot.Core.Calendar;

/// <summary>An attendee's answer to an invitation, as calendars (Outlook, iCalendar) state it.</summary>
public enum CalendarResponse
{
    None,
    Accepted,
    TentativelyAccepted,
    Declined,
}
