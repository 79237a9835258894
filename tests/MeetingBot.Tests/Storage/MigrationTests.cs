using MeetingBot.Core.Meetings;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MeetingBot.Tests.Storage;

public abstract class MigrationTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private readonly TDatabase database = new();

    public Task InitializeAsync() => database.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task MigrateAsync_EmptyDatabase_AppliesEveryMigration()
    {
        await new StorageMigrator(database.Factory).MigrateAsync(CancellationToken.None);

        await using var db = database.Factory.CreateDbContext();
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.Protocols.CountAsync());
    }

    [Fact]
    public async Task MigrateAsync_Twice_SecondRunChangesNothing()
    {
        var migrator = new StorageMigrator(database.Factory);
        await migrator.MigrateAsync(CancellationToken.None);

        await migrator.MigrateAsync(CancellationToken.None);

        await using var db = database.Factory.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task MigrateAsync_DatabaseFromBeforeTheSquash_RefusesWithTheWayOutAndChangesNothing()
    {
        await using (var db = database.Factory.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TABLE \"__EFMigrationsHistory\" (\"MigrationId\" varchar(150) PRIMARY KEY, \"ProductVersion\" varchar(32) NOT NULL)");
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"__EFMigrationsHistory\" VALUES ('20261126134607_InitialCreate', '10.0.0'), ('20261204162154_AddMemberLanguage', '10.0.0')");
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => new StorageMigrator(database.Factory).MigrateAsync(CancellationToken.None));

        Assert.Contains("20261126134607_InitialCreate", error.Message);
        Assert.Contains("squashed", error.Message);
        await using var after = database.Factory.CreateDbContext();
        Assert.Equal(2, (await after.Database.GetAppliedMigrationsAsync()).Count());
    }

    [Fact]
    public async Task MigrateAsync_RepliesStoredBeforeCurrentAnswers_PointsEachMemberAtTheReplyThatCounts()
    {
        var at = new DateTimeOffset(2026, 1, 19, 10, 0, 0, TimeSpan.Zero);
        int meetingId, changedMind, tie, tentativeOnly;
        long latest, teamsOnTie;
        await using (var db = database.Factory.CreateDbContext())
        {
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync();
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First(m => m.EndsWith("_InitialCreate", StringComparison.Ordinal)));
            var meeting = new MeetingRow
            {
                SeriesKey = "kdg-2026", Title = "Kommundirektörsgruppen", TimeZoneId = "Europe/Stockholm",
                Date = new DateOnly(2026, 1, 23), StartUtc = at.AddDays(4), EndUtc = at.AddDays(4).AddHours(3),
            };
            MemberRow[] members = [new() { Name = "Kristina Magnusson", Organisation = "Bjuv" }, new() { Name = "Tomas Rikse", Organisation = "Höganäs" }, new() { Name = "Per Persson", Organisation = "Klippan" }];
            db.Meetings.Add(meeting);
            db.Members.AddRange(members);
            await db.SaveChangesAsync();
            (meetingId, changedMind, tie, tentativeOnly) = (meeting.Id, members[0].Id, members[1].Id, members[2].Id);
            AttendanceReplyRow Reply(int member, AttendanceResponse response, DateTimeOffset time, ReplySource source) =>
                new() { MeetingId = meetingId, MemberId = member, Response = response, RecordedAt = time, Source = source };
            var newest = Reply(changedMind, AttendanceResponse.Declined, at.AddHours(2), ReplySource.Outlook);
            var teams = Reply(tie, AttendanceResponse.Accepted, at, ReplySource.Teams);
            db.AttendanceReplies.AddRange(
                Reply(changedMind, AttendanceResponse.Accepted, at, ReplySource.Teams),
                newest,
                Reply(changedMind, AttendanceResponse.Tentative, at.AddHours(3), ReplySource.Outlook),
                Reply(tie, AttendanceResponse.Declined, at, ReplySource.Outlook),
                teams,
                Reply(tentativeOnly, AttendanceResponse.Tentative, at, ReplySource.Outlook));
            await db.SaveChangesAsync();
            (latest, teamsOnTie) = (newest.Id, teams.Id);
        }

        await new StorageMigrator(database.Factory).MigrateAsync(CancellationToken.None);

        await using var after = database.Factory.CreateDbContext();
        var pointers = await after.CurrentAnswers.Where(c => c.MeetingId == meetingId).ToDictionaryAsync(c => c.MemberId, c => c.ReplyId);
        Assert.Equal(new Dictionary<int, long> { [changedMind] = latest, [tie] = teamsOnTie }, pointers);
        Assert.DoesNotContain(tentativeOnly, pointers.Keys);
    }

    [Fact]
    public async Task MigrationsAssembly_ComparedWithEfsOwnSearch_ListsTheSameMigrationsAndSnapshot()
    {
        await using var listed = database.Factory.CreateDbContext();

        // The design-time factories, which `dotnet ef` uses, keep EF's search of the whole assembly.
        await using MeetingBotDbContext searched = database.Factory.Provider == StorageProvider.Sqlite
            ? new SqliteDesignTimeContextFactory().CreateDbContext([])
            : new PostgresDesignTimeContextFactory().CreateDbContext([]);
        var ours = listed.GetService<IMigrationsAssembly>();
        var efs = searched.GetService<IMigrationsAssembly>();

        // Fails when a migration was added without listing it in ListedMigrationsAssembly.
        Assert.IsType<ListedMigrationsAssembly>(ours);
        Assert.Equal(efs.Migrations.ToList(), ours.Migrations.ToList());
        Assert.Equal(efs.ModelSnapshot!.GetType(), ours.ModelSnapshot!.GetType());
    }

    [Fact]
    public async Task Model_ComparedWithLatestMigration_HasNoUnscaffoldedChanges()
    {
        await using var db = database.Factory.CreateDbContext();

        // Fails when the model changed without `dotnet ef migrations add` for this provider (see README).
        Assert.False(db.Database.HasPendingModelChanges());
    }
}

public sealed class SqliteMigrationTests : MigrationTests<SqliteTestDatabase>;

public sealed class PostgresMigrationTests : MigrationTests<PostgresTestDatabase>;
