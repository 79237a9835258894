using MeetingBot.Storage;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.Storage;

/// <summary>
/// Base of the storage tests that run on both providers: each test gets its own empty database
/// of <typeparamref name="TDatabase"/>, migrated before the test runs.
/// </summary>
public abstract class StorageTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    internal TDatabase Database { get; } = new();

    internal MeetingBotDbContextFactory Factory => Database.Factory;

    internal FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 20, 9, 15, 0, TimeSpan.Zero));

    public virtual async Task InitializeAsync()
    {
        await Database.CreateAsync();
        await new StorageMigrator(Database.Factory).MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

