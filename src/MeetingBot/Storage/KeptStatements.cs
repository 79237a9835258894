using System.Data.Common;

namespace MeetingBot.Storage;

/// <summary>
/// A serial writer's statements, kept between its turns on one connection: made at their first use there, so a
/// statement is parsed once per connection rather than once per batch. A different connection (the write gate
/// opened a new one; PostgreSQL's writer reopened its own) gets statements of its own and the old ones are
/// disposed; a failed batch forgets them, so the next one starts afresh.
/// </summary>
/// <remarks>
/// Not thread-safe: only its writer uses it, and on SQLite only within the write gate's turn, which owns the connection.
/// Statements still kept when the host stops go with their connection, which finalizes them as it closes; disposing
/// them outside a turn would touch the gate's connection while another writer holds it.
/// </remarks>
internal sealed class KeptStatements<T>(Func<DbConnection, T> create)
    where T : class, IAsyncDisposable
{
    private T? statements;
    private DbConnection? connection;

    public async ValueTask<T> OnAsync(DbConnection connection)
    {
        if (statements is { } current && ReferenceEquals(this.connection, connection))
        {
            return current;
        }

        await ForgetAsync();
        this.connection = connection;
        return statements = create(connection);
    }

    public async ValueTask ForgetAsync()
    {
        // Forgotten before they are disposed, so a dispose that fails is not tried again on every turn.
        var old = statements;
        statements = null;
        connection = null;
        if (old is not null)
        {
            await old.DisposeAsync();
        }
    }
}
