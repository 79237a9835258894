using MeetingBot.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.Storage;

/// <summary>
/// A database of its own for one test: a fresh SQLite file in a temp folder, or a freshly created
/// PostgreSQL database. Created empty; the test applies migrations itself.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    private MeetingBotDbContextFactory? factory;
    private StorageOptions? storage;

    internal MeetingBotDbContextFactory Factory =>
        factory ?? throw new InvalidOperationException("CreateAsync has not run.");

    internal abstract Task<StorageOptions> CreateOptionsAsync();

    internal async Task CreateAsync()
    {
        var options = await CreateOptionsAsync();
        storage = options;
        factory = new MeetingBotDbContextFactory(Options.Create(options));
        Environment = options.ProviderKind == StorageProvider.Sqlite
            ? new() { ["Storage__DataDirectory"] = options.DataDirectory }
            : new() { ["Storage__Provider"] = options.Provider, ["ConnectionStrings__MeetingBot"] = options.ConnectionString! };
    }

    /// <summary>
    /// A factory of its own on the same database, as another process (the command line, another instance)
    /// would have: its kept reads see none of <see cref="Factory"/>'s writes as they happen.
    /// </summary>
    internal MeetingBotDbContextFactory AnotherProcess(TimeProvider time) =>
        new(Options.Create(storage ?? throw new InvalidOperationException("CreateAsync has not run.")), null, time);

    /// <summary>The environment that points a MeetingBot process at this database.</summary>
    internal Dictionary<string, string> Environment { get; private set; } = [];

    public abstract ValueTask DisposeAsync();
}
