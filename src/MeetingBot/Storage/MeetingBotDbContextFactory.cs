using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;

namespace MeetingBot.Storage;

/// <summary>
/// Creates the context of the configured provider. A factory rather than a scoped context because
/// the bot's handlers, background jobs and CLI commands each need a short unit of work of their own.
/// The SQLite data folder is created here, so the first run of anything that touches storage makes it.
/// </summary>
/// <remarks>
/// Contexts are pooled: a new context builds EF's internal services for itself, and under a burst of
/// presses those builds contended on the service provider's locks for a fifth of the process's CPU.
/// A returned context is reset by EF (change tracker, settings), so a unit of work still starts clean.
/// </remarks>
internal sealed class MeetingBotDbContextFactory : IDbContextFactory<MeetingBotDbContext>
{
    /// <summary>Contexts kept for reuse; more are created when more are in use at once, and then discarded.</summary>
    private const int PoolSize = 128;

    private readonly Func<MeetingBotDbContext> create;

    public MeetingBotDbContextFactory(IOptions<StorageOptions> options, ILoggerFactory? loggerFactory = null, TimeProvider? time = null)
    {
        var storage = options.Value;
        Provider = storage.ProviderKind;
        Reads = new StoredReads(time ?? TimeProvider.System);
        var invalidator = new StoredReadsInvalidator(Reads);
        create = Provider switch
        {
            StorageProvider.Sqlite => Sqlite(storage, loggerFactory, invalidator),
            StorageProvider.PostgreSql => Postgres(storage, loggerFactory, invalidator),
            _ => throw new InvalidOperationException($"Storage:Provider '{storage.Provider}' is not supported."),
        };
    }

    public StorageProvider Provider { get; }

    /// <summary>The reads kept between card presses, discarded by every write of these contexts to their tables.</summary>
    public StoredReads Reads { get; }

    public MeetingBotDbContext CreateDbContext() => create();

    private static Func<MeetingBotDbContext> Sqlite(StorageOptions storage, ILoggerFactory? loggerFactory, StoredReadsInvalidator invalidator)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(storage.SqliteFilePath)!);
        var connection = new SqliteConnectionStringBuilder { DataSource = storage.SqliteFilePath }.ToString();
        var options = WithLogging(new DbContextOptionsBuilder<SqliteMeetingBotDbContext>(), loggerFactory)
            .UseSqlite(connection)
            .ReplaceService<IMigrationsAssembly, ListedMigrationsAssembly>()
            .AddInterceptors(invalidator)
            .Options;
        var pool = new PooledDbContextFactory<SqliteMeetingBotDbContext>(options, PoolSize);
        return pool.CreateDbContext;
    }

    private static Func<MeetingBotDbContext> Postgres(StorageOptions storage, ILoggerFactory? loggerFactory, StoredReadsInvalidator invalidator)
    {
        var options = WithLogging(new DbContextOptionsBuilder<PostgresMeetingBotDbContext>(), loggerFactory)
            .UseNpgsql(storage.ConnectionString)
            .ReplaceService<IMigrationsAssembly, ListedMigrationsAssembly>()
            .AddInterceptors(invalidator)
            .Options;
        var pool = new PooledDbContextFactory<PostgresMeetingBotDbContext>(options, PoolSize);
        return pool.CreateDbContext;
    }

    private static DbContextOptionsBuilder<T> WithLogging<T>(DbContextOptionsBuilder<T> builder, ILoggerFactory? loggerFactory)
        where T : DbContext =>
        loggerFactory is null ? builder : builder.UseLoggerFactory(loggerFactory);
}
