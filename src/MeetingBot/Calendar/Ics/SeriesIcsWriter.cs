using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MeetingBot.Core.Calendar;
using MeetingBot.Core.Roster;
using MeetingBot.Core.Series;

namespace MeetingBot.Calendar.Ics;

/// <summary>
/// The series as an RFC 5545 invitation (METHOD:REQUEST) for one member: local times in
/// Europe/Stockholm with its VTIMEZONE, one VEVENT per meeting whose UID depends only on the series
/// and planned date, so re-importing a newer file updates the same events instead of adding copies.
/// </summary>
internal static class SeriesIcsWriter
{
    public const string ContentType = "text/calendar; method=REQUEST; charset=utf-8";
    private const string UidDomain = "meetingbot.familjenhelsingborg.se";

    public static string Write(SeriesDefinition series, IReadOnlyList<Core.Calendar.CalendarEvent> meetings, Member member, string organizerEmail, DateTimeOffset now)
    {
        var calendar = new Ical.Net.Calendar { Method = "REQUEST", ProductId = "-//Familjen Helsingborg//MeetingBot//SV" };
        // The zone's rules from the year before the first meeting, so every DTSTART resolves without the client's own tz data.
        var first = meetings.Count == 0 ? now : meetings.Min(m => m.Start);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(StockholmTime.IanaId, first.UtcDateTime.AddYears(-1), includeHistoricalData: false));
        foreach (var meeting in meetings)
        {
            calendar.Events.Add(Event(series, meeting, member, organizerEmail, now));
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    public static string Uid(string seriesId, DateOnly plannedDate) => $"{seriesId}-{plannedDate:yyyyMMdd}@{UidDomain}";

    private static Ical.Net.CalendarComponents.CalendarEvent Event(
        SeriesDefinition series, Core.Calendar.CalendarEvent meeting, Member member, string organizerEmail, DateTimeOffset now)
    {
        var start = StockholmTime.ToLocal(meeting.Start);
        var end = StockholmTime.ToLocal(meeting.End);
        var agenda = series.AgendaUrl(meeting.PlannedDate);
        var ev = new Ical.Net.CalendarComponents.CalendarEvent
        {
            Uid = Uid(series.SeriesId, meeting.PlannedDate),
            Summary = series.Subject,
            Location = series.Location,
            Description = agenda is null ? series.Subject : $"{series.Subject}\nDagordning: {agenda.AbsoluteUri}",
            DtStart = new CalDateTime(start.DateTime, StockholmTime.IanaId),
            DtEnd = new CalDateTime(end.DateTime, StockholmTime.IanaId),
            DtStamp = new CalDateTime(now.UtcDateTime, "UTC"),
            Sequence = meeting.Revision,
            Status = meeting.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Organizer = new Organizer($"mailto:{organizerEmail}"),
            Url = agenda,
        };
        ev.Attendees.Add(new Attendee($"mailto:{member.Email}")
        {
            CommonName = member.Name,
            Role = ParticipationRole.RequiredParticipant,
            ParticipationStatus = EventParticipationStatus.NeedsAction,
            Rsvp = true,
        });
        return ev;
    }
}
