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
        await db.Database.MigrateAsync(cancellationToken);
        if (factory.Provider == StorageProvider.Sqlite)
        {
            // WAL lets the CLI read while the host writes; the mode is kept in the file, so once is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => MigrateAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
