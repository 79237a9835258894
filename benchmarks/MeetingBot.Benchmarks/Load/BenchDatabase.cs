using Npgsql;

namespace MeetingBot.Benchmarks.Load;

/// <summary>
/// The server's own database on a PostgreSQL server (<c>--postgres</c>): it exists before the host starts, as
/// production's does (infra/modules/postgres.bicep creates it), and is dropped when the server stops. A class of its own,
/// so that a SQLite run never loads Npgsql: the server's peak would count an assembly the product does not load there.
/// </summary>
internal sealed class BenchDatabase
{
    private readonly string server;
    private readonly string name;

    private BenchDatabase(string server, string name, string connectionString)
    {
        this.server = server;
        this.name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(string server)
    {
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = "meetingbot_bench_" + Guid.NewGuid().ToString("N") };
        await ExecuteAsync(server, $"CREATE DATABASE \"{builder.Database}\"");
        return new BenchDatabase(server, builder.Database, builder.ConnectionString);
    }

    public Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        return ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
