using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MeetingBot.Storage;

/// <summary>
/// Discards <see cref="StoredReads"/> whenever a command of this process writes to a table they are
/// read from, whatever wrote it (SaveChanges, ExecuteUpdate, raw SQL, a migration): once when the
/// command has run, and again when its transaction commits, so a read taken between the two (which
/// still saw the old rows) is not kept as current.
/// </summary>
internal sealed class StoredReadsInvalidator(StoredReads reads) : IDbCommandInterceptor, IDbTransactionInterceptor
{
    /// <summary>The tables behind <see cref="StoredReads"/>, quoted as EF writes them on both providers.</summary>
    private static readonly string[] Tables = ["\"Members\"", "\"Meetings\"", "\"AgendaItems\"", "\"BotConversationReferences\"", "\"PostedCards\""];

    private readonly ConditionalWeakTable<DbTransaction, object> writing = [];

    public DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Executed(command);
        return result;
    }

    public ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Executed(command);
        return ValueTask.FromResult(result);
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Executed(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Executed(command);
        return ValueTask.FromResult(result);
    }

    public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Executed(command);
        return result;
    }

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Executed(command);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(transaction);
        return Task.CompletedTask;
    }

    /// <summary>A write to a kept table: a SELECT never is, anything else naming one of them may be.</summary>
    internal static bool Writes(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        if (text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var table in Tables)
        {
            if (text.Contains(table, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void Executed(DbCommand command)
    {
        if (!Writes(command.CommandText))
        {
            return;
        }

        reads.Invalidate();
        if (command.Transaction is { } transaction)
        {
            writing.AddOrUpdate(transaction, this);
        }
    }

    private void Committed(DbTransaction transaction)
    {
        if (writing.Remove(transaction))
        {
            reads.Invalidate();
        }
    }
}
