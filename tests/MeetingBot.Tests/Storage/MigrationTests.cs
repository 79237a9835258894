using MeetingBot.Storage;
using Microsoft.EntityFrameworkCore;

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
    public async Task Model_ComparedWithLatestMigration_HasNoUnscaffoldedChanges()
    {
        await using var db = database.Factory.CreateDbContext();

        // Fails when the model changed without `dotnet ef migrations add` for this provider (see README).
        Assert.False(db.Database.HasPendingModelChanges());
    }
}

public sealed class SqliteMigrationTests : MigrationTests<SqliteTestDatabase>;

public sealed class PostgresMigrationTests : MigrationTests<PostgresTestDatabase>;
