using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MeetingBot.Storage;

/// <summary>
/// Creates the context of the configured provider. A factory rather than a scoped context because
/// the bot's handlers, background jobs and CLI commands each need a short unit of work of their own.
/// The SQLite data folder is created here, so the first run of anything that touches storage makes it.
/// </summary>
internal sealed class MeetingBotDbContextFactory : IDbContextFactory<MeetingBotDbContext>
{
    private readonly Func<MeetingBotDbContext> create;

    public MeetingBotDbContextFactory(IOptions<StorageOptions> options, ILoggerFactory? loggerFactory = null)
    {
        var storage = options.Value;
        Provider = storage.ProviderKind;
        create = Provider switch
        {
            StorageProvider.Sqlite => Sqlite(storage, loggerFactory),
            StorageProvider.PostgreSql => Postgres(storage, loggerFactory),
            _ => throw new InvalidOperationException($"Storage:Provider '{storage.Provider}' is not supported."),
        };
    }

    public StorageProvider Provider { get; }

    public MeetingBotDbContext CreateDbContext() => create();

    private static Func<MeetingBotDbContext> Sqlite(StorageOptions storage, ILoggerFactory? loggerFactory)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(storage.SqliteFilePath)!);
        var connection = new SqliteConnectionStringBuilder { DataSource = storage.SqliteFilePath }.ToString();
        var options = WithLogging(new DbContextOptionsBuilder<SqliteMeetingBotDbContext>(), loggerFactory)
            .UseSqlite(connection)
            .Options;
        return () => new SqliteMeetingBotDbContext(options);
    }

    private static Func<MeetingBotDbContext> Postgres(StorageOptions storage, ILoggerFactory? loggerFactory)
    {
        var options = WithLogging(new DbContextOptionsBuilder<PostgresMeetingBotDbContext>(), loggerFactory)
            .UseNpgsql(storage.ConnectionString)
            .Options;
        return () => new PostgresMeetingBotDbContext(options);
    }

    private static DbContextOptionsBuilder<T> WithLogging<T>(DbContextOptionsBuilder<T> builder, ILoggerFactory? loggerFactory)
        where T : DbContext =>
        loggerFactory is null ? builder : builder.UseLoggerFactory(loggerFactory);
}
