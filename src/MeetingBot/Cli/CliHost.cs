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
    private static readonly string[] HostArgs =
    [
        "--Logging:LogLevel:Default=Warning",
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
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public T Get<T>()
        where T : notnull => app.Services.GetRequiredService<T>();

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
