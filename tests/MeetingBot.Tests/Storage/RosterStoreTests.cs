using MeetingBot.Core;
using MeetingBot.Core.Roster;
using MeetingBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Tests.Storage;

public abstract class RosterStoreTests<TDatabase> : StorageTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private RosterStore Store => new(Factory);

    [Fact]
    public async Task UpsertAsync_NewMembers_AddedAndListedByOrganisation()
    {
        var result = await Store.UpsertAsync(
        [
            new("Åsa Simonsson", "Svalöv", "asa.simonsson@svalov.se", MemberRole.Member),
            new("Christian Dahlmann", "sekretariatet", "christian.dahlmann@familjenhelsingborg.se", MemberRole.Secretariat),
            new("Kristina Magnusson", "Bjuv", null, MemberRole.Member),
        ], CancellationToken.None);

        Assert.Equal(new RosterUpsertResult(3, 0, 0), result);
        Assert.Equal(
            ["Bjuv", "sekretariatet", "Svalöv"],
            (await Store.ListAsync(CancellationToken.None)).Select(m => m.Organisation));
    }

    [Fact]
    public async Task UpsertAsync_SameEmailInOtherCase_UpdatesTheMember()
    {
        await Store.UpsertAsync([new("Åsa Simonsson", "Svalöv", "asa.simonsson@svalov.se", MemberRole.Member)], CancellationToken.None);

        var result = await Store.UpsertAsync(
            [new("Åsa Simonsson", "Svalövs kommun", "Asa.Simonsson@Svalov.se", MemberRole.Secretariat)], CancellationToken.None);

        Assert.Equal(new RosterUpsertResult(0, 1, 0), result);
        var member = Assert.Single(await Store.ListAsync(CancellationToken.None));
        Assert.Equal(new Member("Åsa Simonsson", "Svalövs kommun", "asa.simonsson@svalov.se", MemberRole.Secretariat), member);
    }

    [Fact]
    public async Task UpsertAsync_KnownByNameOnly_EmailFilledInLater()
    {
        await Store.UpsertAsync([new("Tomas Rikse", "Klippan", null, MemberRole.Member)], CancellationToken.None);

        var result = await Store.UpsertAsync([new("Tomas Rikse", "Klippan", "tomas.rikse@klippan.se", MemberRole.Member)], CancellationToken.None);

        Assert.Equal(new RosterUpsertResult(0, 1, 0), result);
        Assert.Equal("tomas.rikse@klippan.se", Assert.Single(await Store.ListAsync(CancellationToken.None)).Email);
    }

    [Fact]
    public async Task UpsertAsync_WithoutEmail_KeepsTheStoredEmail()
    {
        await Store.UpsertAsync([new("Tomas Rikse", "Klippan", "tomas.rikse@klippan.se", MemberRole.Member)], CancellationToken.None);

        var result = await Store.UpsertAsync([new("Tomas Rikse", "Klippan", null, MemberRole.Member)], CancellationToken.None);

        Assert.Equal(new RosterUpsertResult(0, 0, 1), result);
        Assert.Equal("tomas.rikse@klippan.se", Assert.Single(await Store.ListAsync(CancellationToken.None)).Email);
    }

    [Fact]
    public async Task UpsertAsync_EmailOfOnePersonNameOfAnother_RejectedAndNothingStored()
    {
        await Store.UpsertAsync(
        [
            new("Anna Berg", "Bjuv", "anna.berg@bjuv.se", MemberRole.Member),
            new("Bo Ek", "Bjuv", null, MemberRole.Member),
        ], CancellationToken.None);

        var error = await Assert.ThrowsAsync<DomainException>(() => Store.UpsertAsync(
        [
            new("Carl Dahl", "Bjuv", "carl.dahl@bjuv.se", MemberRole.Member),
            new("Bo Ek", "Bjuv", "anna.berg@bjuv.se", MemberRole.Member),
        ], CancellationToken.None));

        Assert.Contains("matches two people on the roster", error.Message, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(2, await db.Members.CountAsync());
    }
}

public sealed class SqliteRosterStoreTests : RosterStoreTests<SqliteTestDatabase>;

public sealed class PostgresRosterStoreTests : RosterStoreTests<PostgresTestDatabase>;
