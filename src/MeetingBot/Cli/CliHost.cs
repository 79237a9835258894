using System.Data.Common;
using MeetingBot.Hosting;
using MeetingBot.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.Cli;

/// <summary>
/// The host's services for a one-shot command: the same composition root and configuration as
/// <c>serve</c>, without Kestrel. Opening it validates the options (as starting the host would) and
/// applies pending migrations, so a command can use the database straight away.
/// </summary>
internal sealed class CliHost(WebApplication app) : IAsyncDisposable
{
    // Command output goes to stdout and may be piped (--json); logs go to stderr, warnings and up only.
    // EF's own error logs repeat what the exception says, and the exception is what the user sees.
    private static readonly string[] HostArgs =
    [
        "--Logging:LogLevel:Default=Warning",
        "--Logging:LogLevel:Microsoft.EntityFrameworkCore=None",
        "--Logging:Console:LogToStandardErrorThreshold=Trace",
    ];

    public IServiceProvider Services => app.Services;

    public static async Task<CliHost> OpenAsync(CancellationToken cancellationToken)
    {
        var app = MeetingBotHost.Build(HostArgs);
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
            await app.Services.GetRequiredService<StorageMigrator>().MigrateAsync(cancellationToken);
            return new CliHost(app);
        }
        catch (OptionsValidationException ex)
        {
            await app.DisposeAsync();
            throw new CliException(ex.Message);
        }
        catch (Exception ex) when ((ex as DbException ?? ex.InnerException as DbException) is { } db)
        {
            // An unreachable server or a locked file is the operator's to fix, not a bug: say which.
            var message = $"cannot open the database ({DescribeStorage(app)}): {db.Message}";
            await app.DisposeAsync();
            throw new CliException(message);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private static string DescribeStorage(WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        return options.ProviderKind == StorageProvider.Sqlite
            ? options.SqliteFilePath
            : $"PostgreSQL, ConnectionStrings:{StorageOptions.ConnectionStringName}";
    }

    public T Get<T>()
        where T : notnull => app.Services.GetRequiredService<T>();

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
