using MeetingBot.Core.Roster;
using MeetingBot.Storage;

namespace MeetingBot.Tests.Storage;

/// <summary>The roster's one linking policy (docs/design-meetings.md, "Roster and identity").</summary>
public abstract class RosterIdentityTests<TDatabase> : StorageTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string ElinId = "8f1c2b7e-0d4a-4c1e-9a51-2b7e3f0c9d11";
    private const string OtherId = "1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f";

    private RosterStore Store => new(Factory);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Store.UpsertAsync(
        [
            new("Elin Ask", "Höganäs", "elin.ask@hoganas.se", MemberRole.Member),
            new("Bo Berg", "Höganäs", "bo.berg@hoganas.se", MemberRole.Member),
        ], CancellationToken.None);
    }

    [Fact]
    public async Task LinkAsync_UnlinkedMemberByEmailInOtherCase_LinkedAndFoundByTheIdAfterwards()
    {
        var linked = await Store.LinkAsync("Elin.Ask@Hoganas.se", ElinId, CancellationToken.None);

        var found = await Store.FindByAadObjectIdAsync(ElinId, CancellationToken.None);
        Assert.Equal("Elin Ask", linked!.Name);
        Assert.Equal((linked.Id, ElinId), (found!.Id, found.AadObjectId));
    }

    [Fact]
    public async Task LinkAsync_SameLinkAgain_SameMember()
    {
        var first = await Store.LinkAsync("elin.ask@hoganas.se", ElinId, CancellationToken.None);

        var again = await Store.LinkAsync("elin.ask@hoganas.se", ElinId, CancellationToken.None);

        Assert.Equal(first, again);
    }

    [Fact]
    public async Task LinkAsync_MemberLinkedToAnotherId_RefusedAndTheLinkKept()
    {
        await Store.LinkAsync("elin.ask@hoganas.se", ElinId, CancellationToken.None);

        var refused = await Store.LinkAsync("elin.ask@hoganas.se", OtherId, CancellationToken.None);

        Assert.Null(refused);
        Assert.Null(await Store.FindByAadObjectIdAsync(OtherId, CancellationToken.None));
        Assert.Equal("Elin Ask", (await Store.FindByAadObjectIdAsync(ElinId, CancellationToken.None))!.Name);
    }

    [Fact]
    public async Task LinkAsync_IdLinkedToAnotherMember_NotMovedToTheAddressGiven()
    {
        await Store.LinkAsync("elin.ask@hoganas.se", ElinId, CancellationToken.None);

        var member = await Store.LinkAsync("bo.berg@hoganas.se", ElinId, CancellationToken.None);

        // The id is Elin's: it finds Elin, and Bo stays unlinked.
        Assert.Equal("Elin Ask", member!.Name);
        Assert.Null((await Store.MembersAsync(CancellationToken.None)).Single(m => m.Name == "Bo Berg").AadObjectId);
    }

    [Fact]
    public async Task LinkAsync_AddressNotOnTheRoster_Null() =>
        Assert.Null(await Store.LinkAsync("nobody@example.se", OtherId, CancellationToken.None));

    [Fact]
    public async Task LinkAllAsync_TeamList_LinksOnlyUnlinkedMembersByAddress()
    {
        await Store.LinkAsync("elin.ask@hoganas.se", ElinId, CancellationToken.None);

        var linked = await Store.LinkAllAsync([(OtherId, "elin.ask@hoganas.se"), ("b0b0b0b0-0000-4000-8000-000000000001", "BO.BERG@hoganas.se")], CancellationToken.None);

        Assert.Equal(["b0b0b0b0-0000-4000-8000-000000000001"], linked.Keys);
        Assert.Equal(ElinId, (await Store.MembersAsync(CancellationToken.None)).Single(m => m.Name == "Elin Ask").AadObjectId);
    }
}

public sealed class SqliteRosterIdentityTests : RosterIdentityTests<SqliteTestDatabase>;

public sealed class PostgresRosterIdentityTests : RosterIdentityTests<PostgresTestDatabase>;
