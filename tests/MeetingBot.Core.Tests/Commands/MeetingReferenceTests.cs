using MeetingBot.Core.Commands;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Tests.Commands;

public sealed class MeetingReferenceTests
{
    private static readonly DateTimeOffset[] Starts =
    [
        new(2026, 1, 23, 8, 0, 0, TimeSpan.Zero),
        new(2026, 2, 20, 8, 0, 0, TimeSpan.Zero),
    ];

    [Fact]
    public void Resolve_DateWithoutYearLaterThisYear_IsThisYear() =>
        Assert.Equal(new DateOnly(2026, 2, 20), new MeetingReference(new SwedishDate(20, 2, null)).Resolve(At(2026, 1, 10), Starts));

    [Fact]
    public void Resolve_DateWithoutYearAlreadyPassed_IsNextYear() =>
        Assert.Equal(new DateOnly(2026, 1, 23), new MeetingReference(new SwedishDate(23, 1, null)).Resolve(At(2025, 12, 1), Starts));

    [Fact]
    public void Resolve_Today_IsToday() =>
        Assert.Equal(new DateOnly(2026, 1, 23), new MeetingReference(new SwedishDate(23, 1, null)).Resolve(At(2026, 1, 23), Starts));

    [Fact]
    public void Resolve_TodayInStockholmButYesterdayInUtc_IsStockholmsToday() =>
        Assert.Equal(new DateOnly(2026, 1, 23), new MeetingReference(new SwedishDate(23, 1, null)).Resolve(new DateTimeOffset(2026, 1, 22, 23, 30, 0, TimeSpan.Zero), Starts));

    [Fact]
    public void Resolve_ExplicitYear_IsThatYear() =>
        Assert.Equal(new DateOnly(2025, 6, 13), new MeetingReference(new SwedishDate(13, 6, 2025)).Resolve(At(2026, 1, 1), Starts));

    [Fact]
    public void Resolve_LeapDayWithoutYear_IsNextLeapYear() =>
        Assert.Equal(new DateOnly(2028, 2, 29), new MeetingReference(new SwedishDate(29, 2, null)).Resolve(At(2026, 1, 1), Starts));

    [Fact]
    public void Resolve_Next_IsFirstMeetingNotYetStarted() =>
        Assert.Equal(new DateOnly(2026, 2, 20), MeetingReference.Next.Resolve(new DateTimeOffset(2026, 1, 23, 9, 0, 0, TimeSpan.Zero), Starts));

    [Fact]
    public void Resolve_NextAfterLastMeeting_IsNull() =>
        Assert.Null(MeetingReference.Next.Resolve(At(2026, 3, 1), Starts));

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.Zero);
}
