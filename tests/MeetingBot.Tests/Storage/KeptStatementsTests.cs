using System.Data.Common;
using MeetingBot.Storage;
using Microsoft.Data.Sqlite;

namespace MeetingBot.Tests.Storage;

public sealed class KeptStatementsTests
{
    [Fact]
    public async Task OnAsync_SameConnectionTwice_MakesTheStatementsOnce()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        var made = new List<Statements>();
        var kept = new KeptStatements<Statements>(c => Add(made, c));

        var first = await kept.OnAsync(connection);
        var second = await kept.OnAsync(connection);

        Assert.Same(first, second);
        Assert.Single(made);
        Assert.False(first.Disposed);
    }

    [Fact]
    public async Task OnAsync_AnotherConnection_MakesNewStatementsAndDisposesTheOld()
    {
        await using var gate = new SqliteConnection("Data Source=:memory:");
        await using var reopened = new SqliteConnection("Data Source=:memory:");
        var made = new List<Statements>();
        var kept = new KeptStatements<Statements>(c => Add(made, c));

        var old = await kept.OnAsync(gate);
        var fresh = await kept.OnAsync(reopened);

        Assert.NotSame(old, fresh);
        Assert.Same(reopened, fresh.Connection);
        Assert.True(old.Disposed);
        Assert.False(fresh.Disposed);
    }

    [Fact]
    public async Task ForgetAsync_AfterAFailedBatch_DisposesThemAndTheNextBatchMakesItsOwn()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        var made = new List<Statements>();
        var kept = new KeptStatements<Statements>(c => Add(made, c));
        var failed = await kept.OnAsync(connection);

        await kept.ForgetAsync();
        var next = await kept.OnAsync(connection);

        Assert.True(failed.Disposed);
        Assert.NotSame(failed, next);
        Assert.Equal(2, made.Count);
    }

    private static Statements Add(List<Statements> made, DbConnection connection)
    {
        var statements = new Statements(connection);
        made.Add(statements);
        return statements;
    }

    private sealed class Statements(DbConnection connection) : IAsyncDisposable
    {
        public DbConnection Connection => connection;

        public bool Disposed { get; private set; }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
