using MeetingBot.Core;
using MeetingBot.Core.Protocols;
using MeetingBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Tests.Storage;

public abstract class ProtocolStoreTests<TDatabase> : StorageTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private ProtocolStore Store => new(Factory, Clock);

    [Fact]
    public async Task SaveAsync_NewProtocol_CreatedAndReadBackWhole()
    {
        var protocol = SampleProtocols.June2025();

        var outcome = await Store.SaveAsync(protocol, CancellationToken.None);
        var stored = (await Store.ListAsync(CancellationToken.None)).SingleOrDefault(p => p.Number == 5 && p.Year == 2025);

        Assert.Equal(ProtocolSaveOutcome.Created, outcome);
        AssertSameProtocol(protocol, stored);
    }

    [Fact]
    public async Task SaveAsync_SameNumberAndYearAgain_ReplacesWithoutDuplicate()
    {
        await Store.SaveAsync(SampleProtocols.June2025(), CancellationToken.None);
        var corrected = SampleProtocols.June2025Corrected();

        var outcome = await Store.SaveAsync(corrected, CancellationToken.None);

        Assert.Equal(ProtocolSaveOutcome.Replaced, outcome);
        AssertSameProtocol(corrected, (await Store.ListAsync(CancellationToken.None)).SingleOrDefault(p => p.Number == 5 && p.Year == 2025));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.Protocols.CountAsync());
        Assert.Equal(2, await db.ProtocolItems.CountAsync());
        Assert.Equal(3, await db.ProtocolParticipants.CountAsync());
        Assert.Equal(2, await db.Decisions.CountAsync());
    }

    [Fact]
    public async Task SaveAsync_SameProtocolConcurrently_OneCreatedOthersReplaced()
    {
        var protocol = SampleProtocols.June2025();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Store.SaveAsync(protocol, CancellationToken.None)));

        Assert.Single(outcomes, o => o == ProtocolSaveOutcome.Created);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.Protocols.CountAsync());
        Assert.Equal(3, await db.Decisions.CountAsync());
        AssertSameProtocol(protocol, (await Store.ListAsync(CancellationToken.None)).SingleOrDefault(p => p.Number == 5 && p.Year == 2025));
    }

    [Fact]
    public async Task SaveAsync_ProtocolWithDecisions_DecisionsJoinTheRegisterWithItemNumberTitleAndOrder()
    {
        await Store.SaveAsync(SampleProtocols.June2025(), CancellationToken.None);

        await using var db = Factory.CreateDbContext();
        var register = await db.Decisions.OrderBy(d => d.ItemNumber).ThenBy(d => d.Position)
            .Select(d => new { d.ItemNumber, d.ItemTitle, d.Position, d.Text })
            .ToListAsync();

        Assert.Equal(
        new[]
        {
            new { ItemNumber = 2, ItemTitle = "Civilt försvar och krisberedskap", Position = 0, Text = "att tacka för informationen" },
            new { ItemNumber = 4, ItemTitle = "Gemensam upphandling", Position = 0, Text = "att godkänna förslaget" },
            new { ItemNumber = 4, ItemTitle = "Gemensam upphandling", Position = 1, Text = "att uppdra åt sekretariatet att återkomma med:\n- en tidplan\n- en budget" },
        }, register);
    }

    [Fact]
    public async Task SaveAsync_TwoProtocolsOfOneYear_BothKept()
    {
        await Store.SaveAsync(SampleProtocols.June2025(), CancellationToken.None);

        var outcome = await Store.SaveAsync(SampleProtocols.June2025() with { Number = 6 }, CancellationToken.None);

        Assert.Equal(ProtocolSaveOutcome.Created, outcome);
        Assert.NotNull((await Store.ListAsync(CancellationToken.None)).SingleOrDefault(p => p.Number == 5 && p.Year == 2025));
        Assert.NotNull((await Store.ListAsync(CancellationToken.None)).SingleOrDefault(p => p.Number == 6 && p.Year == 2025));
    }

    [Fact]
    public async Task SaveAsync_TwoItemsWithOneNumber_RejectedWithMessage()
    {
        var protocol = SampleProtocols.June2025();
        var broken = protocol with { Items = [protocol.Items[1], protocol.Items[1]] };

        var error = await Assert.ThrowsAsync<DomainException>(() => Store.SaveAsync(broken, CancellationToken.None));

        Assert.Equal("Protocol 5/2025 has more than one item numbered 2.", error.Message);
    }

    [Fact]
    public async Task SaveAsync_Replaced_SavedAtIsTheReplaceTime()
    {
        await Store.SaveAsync(SampleProtocols.June2025(), CancellationToken.None);
        Clock.Advance(TimeSpan.FromDays(1));

        await Store.SaveAsync(SampleProtocols.June2025Corrected(), CancellationToken.None);

        await using var db = Factory.CreateDbContext();
        var row = await db.Protocols.SingleAsync();
        Assert.Equal(Clock.GetUtcNow(), row.SavedAt);
        Assert.Equal(1, row.Revision);
    }

    /// <summary>Records hold lists, which compare by reference; compare field by field and list by list.</summary>
    private static void AssertSameProtocol(Protocol expected, Protocol? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(
            (expected.Number, expected.Year, expected.Title, expected.Date, expected.Start, expected.End, expected.Location, expected.Room),
            (actual.Number, actual.Year, actual.Title, actual.Date, actual.Start, actual.End, actual.Location, actual.Room));
        Assert.Equal(expected.Present, actual.Present);
        Assert.Equal(expected.Absent, actual.Absent);
        Assert.Equal(expected.Items.Count, actual.Items.Count);
        foreach (var (e, a) in expected.Items.Zip(actual.Items))
        {
            Assert.Equal((e.Number, e.Title, e.Summary), (a.Number, a.Title, a.Summary));
            Assert.Equal(e.Presenters, a.Presenters);
            Assert.Equal(e.Attachments, a.Attachments);
            Assert.Equal(e.Decisions, a.Decisions);
        }
    }
}

public sealed class SqliteProtocolStoreTests : ProtocolStoreTests<SqliteTestDatabase>;

public sealed class PostgresProtocolStoreTests : ProtocolStoreTests<PostgresTestDatabase>;
