using MeetingBot.Core.Calendar;
using MeetingBot.Core.Series;
using Microsoft.Graph.Models;

namespace MeetingBot.Calendar.Graph;

/// <summary>Graph's event and attendee shapes to the calendar port's records.</summary>
internal static class GraphEventMapping
{
    public static CalendarEvent ToCalendarEvent(Event ev)
    {
        var start = GraphTime.ToInstant(ev.Start);
        var date = DateOnly.FromDateTime(StockholmTime.ToLocal(start).DateTime);
        var planned = SeriesTag.PlannedDate(ev.TransactionId) ?? date;
        return new CalendarEvent(
            ev.Id ?? throw new FormatException("Graph returned an event without id."),
            planned,
            date,
            start,
            GraphTime.ToInstant(ev.End),
            Uri.TryCreate(ev.OnlineMeeting?.JoinUrl, UriKind.Absolute, out var join) ? join : null,
            ev.IsOnlineMeeting ?? false,
            ev.IsCancelled ?? false,
            // Graph keeps no change counter we can read; a moved meeting is at least one revision on.
            date == planned ? 0 : 1);
    }

    public static MeetingResponses ToResponses(Event ev) =>
        new(ToCalendarEvent(ev).Date, ev.Id!,
        [
            .. (ev.Attendees ?? [])
                .Where(a => a.EmailAddress?.Address is not null && a.Type != AttendeeType.Resource)
                .Select(a => new AttendeeResponse(a.EmailAddress!.Address!, Response(a.Status?.Response), Time(a.Status?.Time))),
        ]);

    private static CalendarResponse Response(ResponseType? response) => response switch
    {
        ResponseType.Accepted => CalendarResponse.Accepted,
        ResponseType.TentativelyAccepted => CalendarResponse.TentativelyAccepted,
        ResponseType.Declined => CalendarResponse.Declined,
        _ => CalendarResponse.None,
    };

    /// <summary>Graph writes 0001-01-01T00:00:00Z for "no response time".</summary>
    private static DateTimeOffset? Time(DateTimeOffset? time) => time is { Year: > 1 } t ? t : null;
}
