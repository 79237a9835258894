using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace MeetingBot.Tests.Bot;

/// <summary>
/// Records the SQL statements of one host's database: SQLite's trace of every connection EF Core opens
/// (its diagnostic events say when), so plain commands count as well as EF's. The events are process-wide; only contexts on <c>connectionString</c> count,
/// so tests of other hosts running in parallel do not.
/// </summary>
internal sealed class DatabaseWorkCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string connectionString;
    private readonly IDisposable subscription;
    private readonly List<IDisposable> listeners = [];

    public DatabaseWorkCounter(string connectionString)
    {
        this.connectionString = connectionString;
        subscription = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public bool Counting { get; set; }

    public ConcurrentQueue<string> Commands { get; } = new();

    /// <summary>Commands whose SQL starts with <paramref name="verb"/> and names <paramref name="table"/>.</summary>
    public int Count(string verb, string table) =>
        Commands.Count(c => c.TrimStart().StartsWith(verb, StringComparison.OrdinalIgnoreCase) && c.Contains($"\"{table}\"", StringComparison.Ordinal));

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (listeners)
            {
                listeners.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        // SQLite's own trace of every statement a connection runs, EF's and plain commands alike; set again on
        // every open, since a pooled connection may get another handle. Set before counting starts too: the write
        // gate's connection is opened once, by the first write, and stays open.
        // The connection's type is checked first: tests of PostgreSQL hosts run in parallel and raise the same events.
        if (value.Key == RelationalEventId.ConnectionOpened.Name && value.Value is ConnectionEndEventData opened
            && opened.Connection is SqliteConnection { Handle: { } handle } connection && Ours(connection))
        {
            raw.sqlite3_trace(handle, (_, sql) => Enqueue(sql.utf8_to_string()), null);
        }
    }

    private void Enqueue(string sql)
    {
        if (Counting)
        {
            Commands.Enqueue(sql);
        }
    }

    /// <summary>A connection to this host's database file, whatever its other settings (the write gate's is not pooled).</summary>
    private bool Ours(SqliteConnection connection) =>
        new SqliteConnectionStringBuilder(connection.ConnectionString).DataSource == new SqliteConnectionStringBuilder(connectionString).DataSource;

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        subscription.Dispose();
        lock (listeners)
        {
            listeners.ForEach(l => l.Dispose());
        }
    }
}
