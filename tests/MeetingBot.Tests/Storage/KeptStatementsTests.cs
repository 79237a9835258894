using System.Data.Common;
using MeetingBot.Storage;
using Microsoft.Data.Sqlite;

namespace MeetingBot.Tests.Storage;

public sealed class KeptStatementsTests : IDisposable
{
    private readonly List<Statements> made = [];
    private readonly SqliteConnection gate = new("Data Source=:memory:");
    private readonly SqliteConnection reopened = new("Data Source=:memory:");
    private readonly KeptStatements<Statements> kept;

    public KeptStatementsTests() => kept = new(connection =>
    {
        var statements = new Statements(connection);
        made.Add(statements);
        return statements;
    });

    [Fact]
    public async Task OnAsync_SameConnectionTwice_MakesTheStatementsOnce()
    {
        var first = await kept.OnAsync(gate);
        var second = await kept.OnAsync(gate);

        Assert.Same(first, second);
        Assert.Single(made);
        Assert.False(first.Disposed);
    }

    [Fact]
    public async Task OnAsync_AnotherConnection_MakesNewStatementsAndDisposesTheOld()
    {
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
        var failed = await kept.OnAsync(gate);

        await kept.ForgetAsync();
        var next = await kept.OnAsync(gate);

        Assert.True(failed.Disposed);
        Assert.NotSame(failed, next);
        Assert.Equal(2, made.Count);
    }

    public void Dispose()
    {
        gate.Dispose();
        reopened.Dispose();
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
