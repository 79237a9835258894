using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MeetingBot.Storage;

/// <summary>
/// Brings the database to the current schema before anything uses it: in the host before the
/// server takes requests (<see cref="StartingAsync"/> runs ahead of every hosted service's start),
/// and from the CLI before a command's first query. EF takes a migration lock, so several
/// instances starting at once apply each migration once.
/// </summary>
internal sealed class StorageMigrator(MeetingBotDbContextFactory factory) : IHostedLifecycleService
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();

        // Npgsql reads the history table before creating it and logs the failure as an error on every
        // first start (npgsql/efcore.pg#3407); creating it first keeps that false alarm out of the logs.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await RefuseUnknownHistoryAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (factory.Provider == StorageProvider.Sqlite)
        {
            // WAL lets the CLI read while the host writes; the mode is kept in the file, so once is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>
    /// The migrations were squashed into one InitialCreate before the first deployment (see
    /// docs/design-storage.md). A database built by the old chain, which only a developer's machine can
    /// hold, would otherwise fail halfway with "table already exists"; it is refused with the way out.
    /// </summary>
    private static async Task RefuseUnknownHistoryAsync(MeetingBotDbContext db, CancellationToken cancellationToken)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        if (applied.Count > 0 && !applied.Any(known.Contains))
        {
            throw new InvalidOperationException(
                $"The database was built by migrations this version does not know ({applied[0]} … {applied[^1]}). " +
                "The migrations before the first deployment were squashed into one InitialCreate; " +
                "a database from before that holds only development data: delete it (or point Storage:ConnectionString " +
                "at a new one) and start again.");
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => MigrateAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
