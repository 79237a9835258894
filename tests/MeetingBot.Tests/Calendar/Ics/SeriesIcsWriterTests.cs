using MeetingBot.Calendar.Ics;
using MeetingBot.Core.Calendar;
using MeetingBot.Tests.Calendar.Graph;

namespace MeetingBot.Tests.Calendar.Ics;

public sealed class SeriesIcsWriterTests
{
    private static readonly DateTimeOffset Now = new(2025, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<CalendarEvent> Events =>
        [.. Series2026.Meetings.Select(m => new CalendarEvent($"id-{m.Date:MMdd}", m.Date, m.Date, m.StartUtc, m.EndUtc, null, false))];

    private static string Write(IReadOnlyList<CalendarEvent>? events = null) =>
        SeriesIcsWriter.Write(Series2026.Definition, events ?? Events, Series2026.Definition.Attendees[0], "sekretariat@helsingborg.se", Now);

    [Fact]
    public void Write_Series_RequestWithStockholmZoneAndTenEvents()
    {
        var calendar = Ical.Net.Calendar.Load(Write())!;

        Assert.Equal("REQUEST", calendar.Method);
        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Europe/Stockholm", zone.TzId);
        Assert.Contains("BEGIN:DAYLIGHT", Write(), StringComparison.Ordinal);
        Assert.Contains("TZOFFSETTO:+0200", Write(), StringComparison.Ordinal);
        Assert.Equal(10, calendar.Events.Count);
    }

    [Theory]
    [InlineData("2026-03-27", "07:30")]
    [InlineData("2026-04-17", "06:30")]
    [InlineData("2026-10-23", "06:30")]
    [InlineData("2026-11-20", "07:30")]
    public void Write_EachDate_LocalTimeWithZoneResolvesToDstCorrectInstant(string date, string utc)
    {
        var calendar = Ical.Net.Calendar.Load(Write())!;
        var ev = calendar.Events.Single(e => e.DtStart!.Date == DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal("Europe/Stockholm", ev.DtStart!.TzId);
        Assert.Equal(new TimeOnly(8, 30), ev.DtStart.Time);
        Assert.Equal(DateTimeOffset.Parse($"{date}T{utc}:00Z", System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, ev.DtStart.AsUtc);
    }

    [Fact]
    public void Write_TwiceAndAfterMove_SameUidsHigherSequence()
    {
        var moved = Events.Select(e => e.Date == new DateOnly(2026, 4, 17)
            ? e with { Date = new DateOnly(2026, 4, 24), Start = e.Start.AddDays(7), End = e.End.AddDays(7), Revision = 1 }
            : e).ToList();

        var before = Ical.Net.Calendar.Load(Write())!.Events;
        var after = Ical.Net.Calendar.Load(Write(moved))!.Events;

        Assert.Equal(before.Select(e => e.Uid), after.Select(e => e.Uid));
        Assert.Contains("kommundirektorsmote-2026-20260417@meetingbot.familjenhelsingborg.se", after.Select(e => e.Uid));
        var april = after.Single(e => e.Uid!.Contains("20260417", StringComparison.Ordinal));
        Assert.Equal(1, april.Sequence);
        Assert.Equal(new DateOnly(2026, 4, 24), april.DtStart!.Date);
    }

    [Fact]
    public void Write_Member_IsRequiredAttendeeAskedToRespond()
    {
        var ev = Ical.Net.Calendar.Load(Write())!.Events.First();

        var attendee = Assert.Single(ev.Attendees);
        Assert.Equal("mailto:anna.andersson@helsingborg.se", attendee.Value!.ToString());
        Assert.Equal("REQ-PARTICIPANT", attendee.Role);
        Assert.True(attendee.Rsvp);
        Assert.Equal("mailto:sekretariat@helsingborg.se", ev.Organizer!.Value!.ToString());
    }
}
