using MeetingBot.Core.Protocols;
using MeetingBot.Core.Protocols.Import;
using MeetingBot.Core.Series;
using MeetingBot.Core.Tests.Protocols;

namespace MeetingBot.Core.Tests.Series;

/// <summary>The 2026 plan decided in §9 of protocol 5/2025, with a named test for each daylight-saving edge.</summary>
public sealed class MeetingPlanTests
{
    private static readonly Protocol Seed = ProtocolTextParser.Parse(Fixture.SeedText());
    private static readonly IReadOnlyList<PlannedMeeting> Plan2026 = MeetingPlan.FromProtocol(Seed, 2026);

    private static PlannedMeeting On(int month, int day) => Plan2026.Single(m => m.Date == new DateOnly(2026, month, day));

    [Fact]
    public void FromProtocol_Seed_GivesAllTenDatesInOrder()
    {
        Assert.Equal(
            [
                new DateOnly(2026, 1, 23), new DateOnly(2026, 2, 27), new DateOnly(2026, 3, 27), new DateOnly(2026, 4, 17),
                new DateOnly(2026, 5, 22), new DateOnly(2026, 8, 21), new DateOnly(2026, 9, 25), new DateOnly(2026, 10, 23),
                new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 11),
            ],
            Plan2026.Select(m => m.Date));
    }

    [Fact]
    public void FromProtocol_Seed_AllMeetingsRun0830To1300Local()
    {
        Assert.All(Plan2026, m => Assert.Equal((new TimeOnly(8, 30), new TimeOnly(13, 0)), (m.StartLocal, m.EndLocal)));
    }

    [Fact]
    public void FromProtocol_23January_IsWinterTime0730Z()
    {
        Assert.Equal(new DateTimeOffset(2026, 1, 23, 7, 30, 0, TimeSpan.Zero), On(1, 23).StartUtc);
        Assert.Equal(new DateTimeOffset(2026, 1, 23, 12, 0, 0, TimeSpan.Zero), On(1, 23).EndUtc);
    }

    [Fact]
    public void FromProtocol_27March_TwoDaysBeforeSpringForward_IsStillWinterTime0730Z()
    {
        Assert.Equal(new DateTimeOffset(2026, 3, 27, 7, 30, 0, TimeSpan.Zero), On(3, 27).StartUtc);
    }

    [Fact]
    public void FromProtocol_17April_FirstMeetingInSummerTime_Is0630Z()
    {
        Assert.Equal(new DateTimeOffset(2026, 4, 17, 6, 30, 0, TimeSpan.Zero), On(4, 17).StartUtc);
        Assert.Equal(new DateTimeOffset(2026, 4, 17, 11, 0, 0, TimeSpan.Zero), On(4, 17).EndUtc);
    }

    [Fact]
    public void FromProtocol_23October_TwoDaysBeforeFallBack_IsStillSummerTime0630Z()
    {
        Assert.Equal(new DateTimeOffset(2026, 10, 23, 6, 30, 0, TimeSpan.Zero), On(10, 23).StartUtc);
    }

    [Fact]
    public void FromProtocol_20November_IsWinterTimeAgain0730Z()
    {
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 7, 30, 0, TimeSpan.Zero), On(11, 20).StartUtc);
    }

    [Fact]
    public void FromProtocol_Seed_EveryInstantMatchesItsSeason()
    {
        Assert.All(Plan2026, m =>
        {
            var isSummer = m.Date > new DateOnly(2026, 3, 29) && m.Date < new DateOnly(2026, 10, 25);
            Assert.Equal(isSummer ? 6 : 7, m.StartUtc.UtcDateTime.Hour);
            Assert.Equal(TimeSpan.Zero, m.StartUtc.Offset);
        });
    }

    [Fact]
    public void FromProtocol_ProtocolWithoutDatesDecision_ThrowsNamingWhatIsMissing()
    {
        var withoutPlan = Seed with { Items = [.. Seed.Items.Take(8)] };

        var ex = Assert.Throws<DomainException>(() => MeetingPlan.FromProtocol(withoutPlan, 2026));

        Assert.Equal(
            "protocol 5/2025 has no decision that lists meeting dates (an att-clause with a time such as \"8:30 – 13:00\" and dates such as \"23 januari\")",
            ex.Message);
    }

    [Fact]
    public void FromProtocol_DecisionForAnotherYear_ThrowsNamingBothYears()
    {
        var ex = Assert.Throws<DomainException>(() => MeetingPlan.FromProtocol(Seed, 2027));

        Assert.Equal("the meeting dates decided in protocol 5/2025 (§9) are for 2026, not 2027", ex.Message);
    }

    [Theory]
    [InlineData("att gruppen sammanträder 9.00-12.00 den 5 feb., 12 mars och 3 sept", "2026-02-05,2026-03-12,2026-09-03", "09:00", "12:00")]
    [InlineData("att gruppen sammanträder kl. 8:30–13:00 följande fredagar:\n- 23 jan\n- 6 okt\n- 4 dec.", "2026-01-23,2026-10-06,2026-12-04", "08:30", "13:00")]
    [InlineData("att mötena hålls 13:00 - 16:00:\n- 1 april\n- 2 juni", "2026-04-01,2026-06-02", "13:00", "16:00")]
    public void FromProtocol_DecisionVariants_ReadsDatesAndTimes(string clause, string dates, string start, string end)
    {
        var meetings = MeetingPlan.FromProtocol(WithDecision(clause), 2026);

        Assert.Equal(dates.Split(',').Select(d => DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture)), meetings.Select(m => m.Date));
        Assert.All(meetings, m => Assert.Equal((TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), (m.StartLocal, m.EndLocal)));
    }

    [Fact]
    public void FromProtocol_ListEntryWithOwnTime_OverridesTheClauseTime()
    {
        var meetings = MeetingPlan.FromProtocol(WithDecision("att gruppen sammanträder 8:30 – 13:00:\n- 23 januari\n- 27 februari 10:00–12:00"), 2026);

        Assert.Equal(new TimeOnly(8, 30), meetings[0].StartLocal);
        Assert.Equal((new TimeOnly(10, 0), new TimeOnly(12, 0)), (meetings[1].StartLocal, meetings[1].EndLocal));
    }

    [Fact]
    public void FromProtocol_DateThatDoesNotExist_ThrowsNamingIt()
    {
        var ex = Assert.Throws<DomainException>(() => MeetingPlan.FromProtocol(WithDecision("att gruppen sammanträder 8:30 – 13:00:\n- 30 februari"), 2026));

        Assert.Equal("the meeting date \"30 februari\" does not exist in 2026", ex.Message);
    }

    [Fact]
    public void FromProtocol_ThankYouDecisionsOnly_AreNotAPlan()
    {
        Assert.Throws<DomainException>(() => MeetingPlan.FromProtocol(WithDecision("att tacka för informationen"), 2026));
    }

    private static Protocol WithDecision(string clause) =>
        Seed with { Items = [new ProtocolItem(1, "Mötesplan", null, [], [], [clause])] };
}
