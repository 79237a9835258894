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

    internal MeetingBotDbContextFactory Factory =>
        factory ?? throw new InvalidOperationException("CreateAsync has not run.");

    internal abstract Task<StorageOptions> CreateOptionsAsync();

    internal async Task CreateAsync() => factory = new MeetingBotDbContextFactory(Options.Create(await CreateOptionsAsync()));

    public abstract ValueTask DisposeAsync();
}
