using MeetingBot.Core.Calendar;

namespace MeetingBot.Core.Tests.Calendar;

public sealed class RsvpTests
{
    private static readonly DateOnly Date = new(2026, 4, 17);
    private static readonly DateTimeOffset Time = new(2026, 3, 2, 9, 15, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(CalendarResponse.Accepted, RsvpAnswer.Attending)]
    [InlineData(CalendarResponse.TentativelyAccepted, RsvpAnswer.Tentative)]
    [InlineData(CalendarResponse.Declined, RsvpAnswer.NotAttending)]
    public void FromCalendar_Answered_MapsToOutlookReplyWithTime(CalendarResponse response, RsvpAnswer expected)
    {
        var rsvp = Rsvp.FromCalendar(Date, new AttendeeResponse("a@x.se", response, Time));

        Assert.Equal(new Rsvp("a@x.se", Date, expected, Time, RsvpSource.Outlook), rsvp);
    }

    [Fact]
    public void FromCalendar_None_IsNoReply()
    {
        Assert.Null(Rsvp.FromCalendar(Date, new AttendeeResponse("a@x.se", CalendarResponse.None, null)));
    }
}
