using MeetingBot.Assignments;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Series;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using MeetingBot.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Tests.Assignments;

/// <summary>Assignments written when a protocol is saved (import and finalise), on both providers.</summary>
public abstract class AssignmentStoreTests<TDatabase> : StorageTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private ProtocolStore Protocols => new(Factory, Clock);

    private AssignmentStore Assignments => new(Factory, Clock);

    [Fact]
    public async Task SaveAsync_ProtocolWithAssignments_StoresEachWithOwnerTaskAndDue()
    {
        await Protocols.SaveAsync(AssignmentProtocols.September2025(), CancellationToken.None);

        var list = await Assignments.ListAsync(openOnly: false, CancellationToken.None);

        Assert.Equal(
            [
                ("6/2025", 3, 0, "varje kommun", "utser en kontaktperson", (DateOnly?)new DateOnly(2025, 10, 15), "open"),
                ("6/2025", 2, 1, "sekretariatet", "ta fram ett gemensamt yttrande över trafikplanen", new DateOnly(2025, 10, 31), "open"),
            ],
            list.Select(t => (t.Assignment.Protocol, t.Assignment.Item, t.Assignment.Clause, t.Assignment.Owner, t.Assignment.Task, t.Assignment.Due, t.Status)));
    }

    [Fact]
    public async Task SaveAsync_ReimportOfADoneAssignment_KeepsItDoneAndTakesTheNewWords()
    {
        await Protocols.SaveAsync(AssignmentProtocols.September2025(), CancellationToken.None);
        var first = (await Assignments.ListAsync(false, CancellationToken.None)).Single(t => t.Assignment.Item == 2);
        await Assignments.MarkDoneAsync(first.Id, "Christian Dahlmann", CancellationToken.None);

        await Protocols.SaveAsync(
            AssignmentProtocols.September2025("att tacka för informationen", AssignmentProtocols.Commission.Replace("31 oktober", "7 november", StringComparison.Ordinal)),
            CancellationToken.None);

        var again = Assert.Single(await Assignments.ListAsync(false, CancellationToken.None), t => t.Assignment.Item == 2);
        Assert.Equal((first.Id, true, "Christian Dahlmann"), (again.Id, again.Done, again.DoneBy));
        Assert.Equal(new DateOnly(2025, 11, 7), again.Assignment.Due);
        Assert.Equal(Clock.GetUtcNow(), again.DoneAt);
    }

    [Fact]
    public async Task SaveAsync_ReimportWithoutTheClause_RemovesTheAssignment()
    {
        await Protocols.SaveAsync(AssignmentProtocols.September2025(), CancellationToken.None);

        await Protocols.SaveAsync(AssignmentProtocols.September2025("att tacka för informationen"), CancellationToken.None);

        var only = Assert.Single(await Assignments.ListAsync(false, CancellationToken.None));
        Assert.Equal(3, only.Assignment.Item);
    }

    [Fact]
    public async Task SaveAsync_SameProtocolConcurrently_OneRowPerAssignment()
    {
        var protocol = AssignmentProtocols.September2025();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Protocols.SaveAsync(protocol, CancellationToken.None)));

        await using var db = Factory.CreateDbContext();
        Assert.Equal(2, await db.Assignments.CountAsync());
    }

    [Fact]
    public async Task TryCreateForMeetingAsync_TillNastaMote_ResolvesAgainstTheMeetingsOwnSeries()
    {
        var meetingId = await AddMeetingAsync("kommundirektorer", new DateOnly(2025, 9, 19));
        await AddMeetingAsync("kommundirektorer", new DateOnly(2025, 10, 24));
        await AddMeetingAsync("annan-serie", new DateOnly(2025, 10, 1));

        var created = await Protocols.TryCreateForMeetingAsync(
            AssignmentProtocols.September2025("att sekretariatet återkommer med en tidplan till nästa möte"), meetingId, CancellationToken.None);

        Assert.True(created);
        var assignment = Assert.Single(await Assignments.ListAsync(false, CancellationToken.None), t => t.Assignment.Item == 2);
        Assert.Equal((new DateOnly(2025, 10, 24), "till nästa möte"), (assignment.Assignment.Due, assignment.Assignment.DueText));
    }

    [Fact]
    public async Task ListAsync_OpenOnly_LeavesOutDoneOnes()
    {
        await Protocols.SaveAsync(AssignmentProtocols.September2025(), CancellationToken.None);
        var all = await Assignments.ListAsync(false, CancellationToken.None);
        await Assignments.MarkDoneAsync(all[0].Id, null, CancellationToken.None);

        var open = Assert.Single(await Assignments.ListAsync(true, CancellationToken.None));

        Assert.Equal(all[1].Id, open.Id);
    }

    [Fact]
    public async Task MarkDoneAsync_UnknownId_ReturnsNullAndChangesNothing()
    {
        await Protocols.SaveAsync(AssignmentProtocols.September2025(), CancellationToken.None);

        Assert.Null(await Assignments.MarkDoneAsync(999, "x", CancellationToken.None));
        Assert.Equal(2, (await Assignments.ListAsync(true, CancellationToken.None)).Count);
    }

    private async Task<int> AddMeetingAsync(string series, DateOnly date)
    {
        var planned = PlannedMeeting.At(date, new TimeOnly(8, 30), new TimeOnly(12, 0));
        await using var db = Factory.CreateDbContext();
        var row = new MeetingRow
        {
            SeriesKey = series,
            Title = "Kommundirektörsmöte",
            Date = date,
            StartLocal = planned.StartLocal,
            EndLocal = planned.EndLocal,
            TimeZoneId = StockholmTime.IanaId,
            StartUtc = planned.StartUtc,
            EndUtc = planned.EndUtc,
            State = MeetingState.Planned,
        };
        db.Meetings.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    }
}

public sealed class SqliteAssignmentStoreTests : AssignmentStoreTests<SqliteTestDatabase>;

public sealed class PostgresAssignmentStoreTests : AssignmentStoreTests<PostgresTestDatabase>;
