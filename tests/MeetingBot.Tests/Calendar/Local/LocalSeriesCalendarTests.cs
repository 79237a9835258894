using MeetingBot.Calendar.Local;
using MeetingBot.Core.Calendar;
using MeetingBot.Core.Series;
using MeetingBot.Tests.Calendar.Graph;
using MeetingBot.Tests.Storage;

namespace MeetingBot.Tests.Calendar.Local;

public abstract class LocalSeriesCalendarTests<TDatabase> : StorageTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string SeriesId = "kommundirektorsmote-2026";

    private LocalSeriesCalendar Calendar => new(Factory, Clock);

    [Fact]
    public async Task CreateMissing_Twice_TenEventsOnce()
    {
        var first = await Calendar.CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);
        var second = await Calendar.CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);

        Assert.Equal(10, first.Created.Count);
        Assert.Empty(second.Created);
        Assert.Equal(Series2026.Dates, (await Calendar.ListAsync(SeriesId, CancellationToken.None)).Select(e => e.Date));
        Assert.Empty(first.WithoutTeams);
    }

    [Fact]
    public async Task CreateMissing_ConcurrentRuns_UniqueIndexKeepsTen()
    {
        var runs = Enumerable.Range(0, 3).Select(_ => Calendar.CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None));

        var results = await Task.WhenAll(runs);

        Assert.Equal(10, results.Sum(r => r.Created.Count));
        Assert.Equal(10, (await Calendar.ListAsync(SeriesId, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task CreateMissing_AfterFourOfTen_CreatesTheOtherSix()
    {
        await Calendar.CreateMissingAsync(Series2026.Definition, [.. Series2026.Meetings.Take(4)], CancellationToken.None);

        var rerun = await Calendar.CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);

        Assert.Equal(4, rerun.Existing.Count);
        Assert.Equal(6, rerun.Created.Count);
    }

    [Fact]
    public async Task Move_ToLaterDate_KeepsPlannedDateAndRerunDoesNotRecreate()
    {
        await Calendar.CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);

        var moved = await Calendar.MoveAsync(SeriesId, new DateOnly(2026, 4, 17),
            PlannedMeeting.At(new DateOnly(2026, 4, 24), new TimeOnly(8, 30), new TimeOnly(13, 0)), CancellationToken.None);
        var rerun = await Calendar.CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);

        Assert.Equal(new DateOnly(2026, 4, 24), moved.Date);
        Assert.Equal(new DateOnly(2026, 4, 17), moved.PlannedDate);
        Assert.Equal(new DateTimeOffset(2026, 4, 24, 6, 30, 0, TimeSpan.Zero), moved.Start);
        Assert.Equal(1, moved.Revision);
        Assert.Empty(rerun.Created);
    }

    [Fact]
    public async Task Cancel_Meeting_KeptAsCancelledAndNotRecreated()
    {
        await Calendar.CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);

        await Calendar.CancelAsync(SeriesId, new DateOnly(2026, 5, 22), "Inställt.", CancellationToken.None);
        var rerun = await Calendar.CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);

        var cancelled = (await Calendar.ListAsync(SeriesId, CancellationToken.None)).Single(e => e.Date == new DateOnly(2026, 5, 22));
        Assert.True(cancelled.IsCancelled);
        Assert.Empty(rerun.Created);
        Assert.Equal(9, (await Calendar.ReadResponsesAsync(SeriesId, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Cancel_NoMeetingThatDay_ThrowsNamingTheDate()
    {
        var ex = await Assert.ThrowsAsync<CalendarException>(() => Calendar.CancelAsync(SeriesId, new DateOnly(2026, 4, 18), "x", CancellationToken.None));

        Assert.Contains("2026-04-18", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadResponses_InvitedMembers_ListedUnanswered()
    {
        await Calendar.CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);

        var april = (await Calendar.ReadResponsesAsync(SeriesId, CancellationToken.None)).Single(m => m.Date == new DateOnly(2026, 4, 17));

        Assert.Equal(["anna.andersson@helsingborg.se", "bo.berg@hoganas.se"], april.Attendees.Select(a => a.Email));
        Assert.All(april.Attendees, a => Assert.Equal(CalendarResponse.None, a.Response));
    }
}

public sealed class SqliteLocalSeriesCalendarTests : LocalSeriesCalendarTests<SqliteTestDatabase>;

public sealed class PostgresLocalSeriesCalendarTests : LocalSeriesCalendarTests<PostgresTestDatabase>;
