using MeetingBot.Core;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Series;
using MeetingBot.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Tests.Meetings;

public abstract class MeetingServiceTests<TDatabase> : MeetingTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Fact]
    public async Task EnsureSeriesAsync_SeedProtocolStored_TheTenDecidedMeetingsOf2026()
    {
        var meetings = await Meetings.EnsureSeriesAsync(2026, CancellationToken.None);

        Assert.Equal(10, meetings.Count);
        Assert.Equal(new DateOnly(2026, 1, 23), meetings[0].Date);
        Assert.Equal(new DateOnly(2026, 12, 11), meetings[^1].Date);
        Assert.Equal("Mindpark, Bredgatan 11, Helsingborg", meetings[0].Location);
        Assert.All(meetings, m => Assert.Equal((new TimeOnly(8, 30), new TimeOnly(13, 0)), (m.Start, m.End)));
        Assert.Equal(new DateTimeOffset(2026, 1, 23, 7, 30, 0, TimeSpan.Zero), meetings[0].StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 5, 22, 6, 30, 0, TimeSpan.Zero), meetings.Single(m => m.Date.Month == 5).StartsAt);
    }

    [Fact]
    public async Task EnsureSeriesAsync_Rerun_AddsNothing()
    {
        await Meetings.EnsureSeriesAsync(2026, CancellationToken.None);

        await Meetings.EnsureSeriesAsync(2026, CancellationToken.None);

        await using var db = Factory.CreateDbContext();
        Assert.Equal(10, await db.Meetings.CountAsync());
    }

    [Fact]
    public async Task EnsureSeriesAsync_NoProtocolDecidesTheYear_DomainException()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => Meetings.EnsureSeriesAsync(2027, CancellationToken.None));

        Assert.StartsWith("no stored protocol decides the meeting dates of 2027", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeriesCreate_ThenEnsureSeries_MeetingsCarryTheCalendarEventIds()
    {
        var (_, result, _) = await Scheduler.CreateAsync(2026, MeetingPlan.FromProtocol(Seed, 2026), CancellationToken.None);

        var meetings = await Meetings.EnsureSeriesAsync(2026, CancellationToken.None);

        await using var db = Factory.CreateDbContext();
        var ids = await db.Meetings.OrderBy(m => m.Date).Select(m => m.ExternalEventId).ToListAsync();
        Assert.Equal(result.All.Select(e => e.ExternalId), ids);
        Assert.Equal(10, meetings.Count);
    }

    [Fact]
    public async Task SeriesCreate_WithoutEnsure_MeetingsRowsExist()
    {
        await Scheduler.CreateAsync(2026, MeetingPlan.FromProtocol(Seed, 2026), CancellationToken.None);

        var meetings = await Meetings.ListAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), CancellationToken.None);

        Assert.Equal(10, meetings.Count);
    }

    [Fact]
    public async Task CreateSeriesAsync_FromTheStoredPlan_CalendarEventsAndLinkedMeetings()
    {
        var setup = await Meetings.CreateSeriesAsync(2026, CancellationToken.None);
        var rerun = await Meetings.CreateSeriesAsync(2026, CancellationToken.None);

        Assert.Equal((10, 0), (setup.Calendar.Created.Count, rerun.Calendar.Created.Count));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(10, await db.Meetings.CountAsync(m => m.ExternalEventId != null));
        Assert.Equal(10, rerun.Meetings.Count);
    }

    [Fact]
    public async Task SeriesCancel_Meeting_StateCancelledAndNextSkipsIt()
    {
        await Scheduler.CreateAsync(2026, MeetingPlan.FromProtocol(Seed, 2026), CancellationToken.None);

        await Scheduler.CancelAsync(new DateOnly(2026, 1, 23), "Inställt", CancellationToken.None);

        var cancelled = await Meetings.FindByDateAsync(new DateOnly(2026, 1, 23), CancellationToken.None);
        var next = await Meetings.FindNextAsync(new DateTimeOffset(2026, 1, 20, 9, 0, 0, TimeSpan.Zero), CancellationToken.None);
        Assert.Equal(MeetingState.Cancelled, cancelled!.State);
        Assert.Equal(new DateOnly(2026, 2, 27), next!.Date);
    }

    [Fact]
    public async Task SeriesMove_Meeting_RowFollowsWithItsAgenda()
    {
        await Scheduler.CreateAsync(2026, MeetingPlan.FromProtocol(Seed, 2026), CancellationToken.None);
        var meeting = (await Meetings.FindByDateAsync(new DateOnly(2026, 1, 23), CancellationToken.None))!;
        await Agenda.AddAsync(meeting.Id, new AgendaItemInput("Budget"), null, CancellationToken.None);

        await Scheduler.MoveAsync(meeting.Date, PlannedMeeting.At(new DateOnly(2026, 1, 30), new TimeOnly(9, 0), new TimeOnly(12, 0)), CancellationToken.None);

        var moved = (await Meetings.GetAsync(meeting.Id, CancellationToken.None))!;
        Assert.Equal((new DateOnly(2026, 1, 30), new TimeOnly(9, 0)), (moved.Date, moved.Start));
        Assert.Equal(new DateTimeOffset(2026, 1, 30, 8, 0, 0, TimeSpan.Zero), moved.StartsAt);
        Assert.Equal("Budget", Assert.Single(moved.Agenda).Title);
    }

    [Fact]
    public async Task FindNextAsync_DuringTheFirstMeeting_TheSecond()
    {
        await Meetings.EnsureSeriesAsync(2026, CancellationToken.None);

        var next = await Meetings.FindNextAsync(new DateTimeOffset(2026, 1, 23, 8, 0, 0, TimeSpan.Zero), CancellationToken.None);

        Assert.Equal(new DateOnly(2026, 2, 27), next!.Date);
    }

    [Fact]
    public async Task GetAsync_UnknownId_Null()
    {
        Assert.Null(await Meetings.GetAsync(999, CancellationToken.None));
    }

    [Fact]
    public async Task ListAsync_Spring_MeetingsInRangeInOrder()
    {
        await Meetings.EnsureSeriesAsync(2026, CancellationToken.None);

        var spring = await Meetings.ListAsync(new DateOnly(2026, 2, 27), new DateOnly(2026, 4, 17), CancellationToken.None);

        Assert.Equal([new DateOnly(2026, 2, 27), new DateOnly(2026, 3, 27), new DateOnly(2026, 4, 17)], spring.Select(m => m.Date));
    }
}

public sealed class SqliteMeetingServiceTests : MeetingServiceTests<SqliteTestDatabase>;

public sealed class PostgresMeetingServiceTests : MeetingServiceTests<PostgresTestDatabase>;
