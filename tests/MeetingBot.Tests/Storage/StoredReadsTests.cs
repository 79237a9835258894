using MeetingBot.Core.Cards;
using MeetingBot.Core.Roster;
using MeetingBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.Storage;

/// <summary>
/// The reads kept between card presses (<see cref="StoredReads"/>): a write of this process is seen at once,
/// however it was made; another process's write within <see cref="StoredReads.MaxAge"/>.
/// </summary>
public abstract class StoredReadsTests<TDatabase> : StorageTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private RosterStore Store => new(Factory);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Store.UpsertAsync([new("Elin Ask", "Höganäs", "elin.ask@hoganas.se", MemberRole.Member)], CancellationToken.None);
    }

    [Fact]
    public async Task MembersAsync_AfterAnUpsertInThisProcess_SeesTheNewMember()
    {
        Assert.Single(await Store.MembersAsync(CancellationToken.None));

        await Store.UpsertAsync([new("Bo Berg", "Höganäs", "bo.berg@hoganas.se", MemberRole.Member)], CancellationToken.None);

        Assert.Equal(["Bo Berg", "Elin Ask"], (await Store.MembersAsync(CancellationToken.None)).Select(m => m.Name).Order());
    }

    [Fact]
    public async Task MembersAsync_AfterAnExecuteUpdateInThisProcess_SeesTheChange()
    {
        var elin = Assert.Single(await Store.MembersAsync(CancellationToken.None));

        await Store.SetLanguageAsync(elin.Id, CardLanguage.English, CancellationToken.None);

        Assert.Equal(CardLanguage.English, Assert.Single(await Store.MembersAsync(CancellationToken.None)).Language);
    }

    [Fact]
    public async Task MembersAsync_ReadWhileAWriteIsUncommitted_NotKeptAfterTheCommit()
    {
        var elin = Assert.Single(await Store.MembersAsync(CancellationToken.None));
        await using var db = Factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Members.Where(m => m.Id == elin.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Name, "Elin Ask-Berg"));

        // Another connection still sees the committed name, and that read must not outlive the commit.
        Assert.Equal("Elin Ask", Assert.Single(await Store.MembersAsync(CancellationToken.None)).Name);
        await transaction.CommitAsync();

        Assert.Equal("Elin Ask-Berg", Assert.Single(await Store.MembersAsync(CancellationToken.None)).Name);
    }

    [Fact]
    public async Task MembersAsync_AnotherProcessWrites_SeenOnlyOnceTheKeptReadIsMaxAgeOld()
    {
        var clock = new FakeTimeProvider(Clock.GetUtcNow());
        var running = new RosterStore(Database.AnotherProcess(clock));
        Assert.Single(await running.MembersAsync(CancellationToken.None));

        await Store.UpsertAsync([new("Bo Berg", "Höganäs", "bo.berg@hoganas.se", MemberRole.Member)], CancellationToken.None);
        var kept = await running.MembersAsync(CancellationToken.None);
        clock.Advance(StoredReads.MaxAge);
        var fresh = await running.MembersAsync(CancellationToken.None);

        Assert.Single(kept);
        Assert.Equal(2, fresh.Count);
    }
}

public sealed class SqliteStoredReadsTests : StoredReadsTests<SqliteTestDatabase>;

public sealed class PostgresStoredReadsTests : StoredReadsTests<PostgresTestDatabase>;

/// <summary>Which statements discard the kept reads: writes to their tables, whatever issues them.</summary>
public sealed class StoredReadsInvalidatorTests
{
    [Theory]
    [InlineData("""INSERT INTO "Members" ("Name") VALUES (@p0) RETURNING "Id";""")]
    [InlineData("""UPDATE "Meetings" AS "m" SET "State" = 'cancelled' WHERE "m"."Id" = @p""")]
    [InlineData("""  DELETE FROM "AgendaItems" WHERE "MeetingId" = @p""")]
    [InlineData("""UPDATE "BotConversationReferences" SET "UserId" = @p""")]
    [InlineData("""INSERT INTO "PostedCards" ("MeetingId") VALUES (@p)""")]
    [InlineData("""CREATE TABLE "Members" ("Id" INTEGER NOT NULL)""")]
    public void Writes_AStatementThatChangesAKeptTable_True(string sql) => Assert.True(StoredReadsInvalidator.Writes(sql));

    [Theory]
    [InlineData("""SELECT "m"."Id" FROM "Members" AS "m" """)]
    [InlineData("""select * from "Meetings" """)]
    [InlineData("""INSERT INTO "AttendanceReplies" ("MeetingId", "MemberId") VALUES (@p0, @p1)""")]
    [InlineData("""INSERT INTO "BotProcessedActivities" ("ConversationId") VALUES (@c) ON CONFLICT DO NOTHING""")]
    public void Writes_AReadOrAnotherTable_False(string sql) => Assert.False(StoredReadsInvalidator.Writes(sql));
}
