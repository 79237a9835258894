using MeetingBot.Core.Meetings;
using MeetingBot.Core.Series;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Tests.Storage;

public abstract class AttendanceReplyTests<TDatabase> : StorageTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    // A Teams timestamp carries 100 ns ticks; a local offset is what Outlook's clients send.
    private static readonly DateTimeOffset TeamsTime = new DateTimeOffset(2026, 1, 20, 10, 15, 30, TimeSpan.FromHours(1)).AddTicks(1_234_567);

    private int meetingId;
    private int memberId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var planned = PlannedMeeting.At(new DateOnly(2026, 3, 27), new TimeOnly(8, 30), new TimeOnly(13, 0));
        var meeting = new MeetingRow
        {
            SeriesKey = "kdm-2026",
            Title = "Kommundirektörsmöte i Familjen Helsingborg",
            Date = planned.Date,
            StartLocal = planned.StartLocal,
            EndLocal = planned.EndLocal,
            TimeZoneId = StockholmTime.IanaId,
            StartUtc = planned.StartUtc,
            EndUtc = planned.EndUtc,
            Location = "Mindpark, Bredgatan 11, Helsingborg",
        };
        var member = new MemberRow { Name = "Åsa Simonsson", Organisation = "Svalöv", Email = "asa.simonsson@svalov.se" };
        await using var db = Factory.CreateDbContext();
        db.AddRange(meeting, member);
        await db.SaveChangesAsync();
        (meetingId, memberId) = (meeting.Id, member.Id);
    }

    [Fact]
    public async Task Reply_WithTimeAndSource_RoundTripsTheInstantToTheTick()
    {
        await SaveAsync(Reply(AttendanceResponse.Declined, TeamsTime, ReplySource.Teams, "Per Persson", "Krockar med KF"));

        await using var db = Factory.CreateDbContext();
        var stored = await db.AttendanceReplies.AsNoTracking().SingleAsync();

        Assert.Equal(TeamsTime.UtcTicks, stored.RecordedAt.UtcTicks);
        Assert.Equal(TimeSpan.Zero, stored.RecordedAt.Offset);
        Assert.Equal(
            (AttendanceResponse.Declined, ReplySource.Teams, "Per Persson", "Krockar med KF"),
            (stored.Response, stored.Source, stored.SubstituteName, stored.Comment));
    }

    [Fact]
    public async Task Replies_OrderedByRecordedAtInSql_LatestFirst()
    {
        await SaveAsync(
            Reply(AttendanceResponse.Accepted, TeamsTime, ReplySource.Outlook),
            Reply(AttendanceResponse.Declined, TeamsTime.AddTicks(1), ReplySource.Teams),
            Reply(AttendanceResponse.Tentative, TeamsTime.AddDays(-1), ReplySource.Teams));

        await using var db = Factory.CreateDbContext();
        var latest = await db.AttendanceReplies
            .Where(r => r.MeetingId == meetingId && r.RecordedAt > TeamsTime.AddHours(-1))
            .OrderByDescending(r => r.RecordedAt)
            .Select(r => r.Response)
            .ToListAsync();

        Assert.Equal([AttendanceResponse.Declined, AttendanceResponse.Accepted], latest);
    }

    [Fact]
    public async Task Reply_SameSourceAndTimeAgain_RefusedByTheUniqueIndex()
    {
        await SaveAsync(Reply(AttendanceResponse.Declined, TeamsTime, ReplySource.Outlook));

        await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(Reply(AttendanceResponse.Declined, TeamsTime, ReplySource.Outlook)));
    }

    [Fact]
    public async Task Meeting_StoredInstants_MatchStockholmWinterTime()
    {
        await using var db = Factory.CreateDbContext();
        var meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meetingId);

        Assert.Equal(new DateTimeOffset(2026, 3, 27, 7, 30, 0, TimeSpan.Zero), meeting.StartUtc);
        Assert.Equal(new DateTimeOffset(2026, 3, 27, 12, 0, 0, TimeSpan.Zero), meeting.EndUtc);
        Assert.Equal((new TimeOnly(8, 30), "Europe/Stockholm"), (meeting.StartLocal, meeting.TimeZoneId));
    }

    private AttendanceReplyRow Reply(AttendanceResponse response, DateTimeOffset at, ReplySource source, string? substitute = null, string? comment = null) =>
        new()
        {
            MeetingId = meetingId,
            MemberId = memberId,
            Response = response,
            RecordedAt = at,
            Source = source,
            SubstituteName = substitute,
            Comment = comment,
        };

    private async Task SaveAsync(params AttendanceReplyRow[] replies)
    {
        await using var db = Factory.CreateDbContext();
        db.AttendanceReplies.AddRange(replies);
        await db.SaveChangesAsync();
    }
}

public sealed class SqliteAttendanceReplyTests : AttendanceReplyTests<SqliteTestDatabase>;

public sealed class PostgresAttendanceReplyTests : AttendanceReplyTests<PostgresTestDatabase>;
