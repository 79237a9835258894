using MeetingBot.Core.Calendar;

namespace MeetingBot.Core.Tests.Calendar;

public sealed class RsvpMergeTests
{
    private static readonly DateOnly Date = new(2026, 4, 17);
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Merge_OutlookLaterThanTeams_OutlookCountsAndBothKept()
    {
        var teams = new Rsvp("Anna@x.se", Date, RsvpAnswer.Attending, Monday, RsvpSource.Teams);
        var outlook = new Rsvp("anna@x.se", Date, RsvpAnswer.NotAttending, Monday.AddDays(1), RsvpSource.Outlook);

        var merged = Assert.Single(RsvpMerge.Merge([teams, outlook]));

        Assert.Equal(outlook, merged.Current);
        Assert.Equal(teams, merged.Teams);
        Assert.Equal(outlook, merged.Outlook);
    }

    [Fact]
    public void Merge_TeamsLaterThanOutlook_TeamsCounts()
    {
        var outlook = new Rsvp("anna@x.se", Date, RsvpAnswer.NotAttending, Monday, RsvpSource.Outlook);
        var teams = new Rsvp("anna@x.se", Date, RsvpAnswer.Attending, Monday.AddHours(1), RsvpSource.Teams);

        Assert.Equal(teams, Assert.Single(RsvpMerge.Merge([outlook, teams])).Current);
    }

    [Fact]
    public void Merge_OutlookWithoutTime_LosesToTimedTeamsReply()
    {
        var outlook = new Rsvp("anna@x.se", Date, RsvpAnswer.Tentative, null, RsvpSource.Outlook);
        var teams = new Rsvp("anna@x.se", Date, RsvpAnswer.Attending, Monday, RsvpSource.Teams);

        Assert.Equal(teams, Assert.Single(RsvpMerge.Merge([outlook, teams])).Current);
    }

    [Fact]
    public void Merge_TwoRepliesSameSource_LatestReplacesEarlier()
    {
        var first = new Rsvp("anna@x.se", Date, RsvpAnswer.Attending, Monday, RsvpSource.Teams);
        var second = new Rsvp("anna@x.se", Date, RsvpAnswer.NotAttending, Monday.AddDays(2), RsvpSource.Teams);

        var merged = Assert.Single(RsvpMerge.Merge([second, first]));

        Assert.Equal(second, merged.Teams);
        Assert.Null(merged.Outlook);
    }

    [Fact]
    public void Merge_DifferentMeetings_KeptApart()
    {
        var april = new Rsvp("anna@x.se", Date, RsvpAnswer.Attending, Monday, RsvpSource.Teams);
        var may = new Rsvp("anna@x.se", new DateOnly(2026, 5, 22), RsvpAnswer.NotAttending, Monday, RsvpSource.Outlook);

        Assert.Equal(2, RsvpMerge.Merge([may, april]).Count);
    }

    [Fact]
    public void FromCalendar_UnansweredAttendees_Skipped()
    {
        MeetingResponses[] read =
        [
            new(Date, "id1",
            [
                new AttendeeResponse("a@x.se", CalendarResponse.None, null),
                new AttendeeResponse("b@x.se", CalendarResponse.Declined, Monday),
            ]),
        ];

        var reply = Assert.Single(RsvpMerge.FromCalendar(read));

        Assert.Equal("b@x.se", reply.Email);
        Assert.Equal(RsvpAnswer.NotAttending, reply.Answer);
    }
}
