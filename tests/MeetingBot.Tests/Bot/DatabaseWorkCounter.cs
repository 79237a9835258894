using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MeetingBot.Tests.Bot;

/// <summary>
/// Records the SQL commands of one host's database, from EF Core's
/// diagnostic events. The events are process-wide; only contexts on <c>connectionString</c> count,
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
        if (!Counting)
        {
            return;
        }

        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData executed && Ours(executed.Context))
        {
            Commands.Enqueue(executed.Command.CommandText);
        }
    }

    private bool Ours(DbContext? context) => context?.Database.GetConnectionString() == connectionString;

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
