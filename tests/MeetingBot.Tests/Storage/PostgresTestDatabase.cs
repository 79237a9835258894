using MeetingBot.Storage;
using Npgsql;

namespace MeetingBot.Tests.Storage;

/// <summary>
/// A uniquely named database on the PostgreSQL server named by <c>MEETINGBOT_TEST_POSTGRES</c>,
/// dropped afterwards. Without that variable the test fails: PostgreSQL is a supported provider,
/// so its tests are not optional.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string Variable = "MEETINGBOT_TEST_POSTGRES";

    private readonly string name = $"meetingbot_test_{Guid.NewGuid():N}";
    private string? server;
    private string? connectionString;

    internal static string ServerConnectionString =>
        System.Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. The PostgreSQL storage tests need a real server: run `bash .ci/run`, or start PostgreSQL " +
                $"and set {Variable}=\"Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres\".");

    internal override async Task<StorageOptions> CreateOptionsAsync()
    {
        server = ServerConnectionString;
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new StorageOptions { Provider = nameof(StorageProvider.PostgreSql), ConnectionString = connectionString };
    }

    public override async ValueTask DisposeAsync()
    {
        if (connectionString is null)
        {
            return;
        }

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
