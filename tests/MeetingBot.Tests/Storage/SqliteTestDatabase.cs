using MeetingBot.Storage;
using Microsoft.Data.Sqlite;

namespace MeetingBot.Tests.Storage;

public sealed class SqliteTestDatabase : TestDatabase
{
    /// <summary>A folder that does not exist yet, so every test also exercises creating it on first use.</summary>
    internal string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N"), "data");

    internal override Task<StorageOptions> CreateOptionsAsync() =>
        Task.FromResult(new StorageOptions { Provider = nameof(StorageProvider.Sqlite), DataDirectory = DataDirectory });

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the folder can go.
        SqliteConnection.ClearAllPools();
        var root = Path.GetDirectoryName(DataDirectory)!;
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
