using MeetingBot.Core;
using MeetingBot.Core.Meetings;
using MeetingBot.Tests.Storage;

namespace MeetingBot.Tests.Meetings;

public abstract class AgendaServiceTests<TDatabase> : MeetingTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [Fact]
    public async Task ReplaceAsync_SeedItemsPasted_NineItemsAsInTheProtocol()
    {
        var meeting = await January23Async();

        var updated = await Agenda.ReplaceAsync(meeting.Id, SeedAgenda.Text, CancellationToken.None);

        Assert.Equal(Seed.Items.Select(i => (i.Number, i.Title, i.Summary)), updated.Agenda.Select(i => (i.Number, i.Title, i.Summary)));
        Assert.Equal(Seed.Items[8].Attachments, updated.Agenda[8].Attachments);
        Assert.Equal(updated.Agenda.Select(i => i.Title), (await Meetings.GetAsync(meeting.Id, CancellationToken.None))!.Agenda.Select(i => i.Title));
    }

    [Fact]
    public async Task MoveAsync_LastToFirst_RenumberedAndDecisionsTravelWithTheItem()
    {
        var meeting = await January23Async();
        await Agenda.ReplaceAsync(meeting.Id, SeedAgenda.Text, CancellationToken.None);

        var moved = await Agenda.MoveAsync(meeting.Id, 9, 1, CancellationToken.None);
        var draft = await Drafts.GetAsync(meeting.Id, CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 9), moved.Agenda.Select(i => i.Number));
        Assert.Equal("Kommundirektörsgruppens möten under 2026", moved.Agenda[0].Title);
        Assert.Equal("Mötets öppnande och incheckning", moved.Agenda[1].Title);
        Assert.StartsWith("att kommundirektörsgruppen under 2026", Assert.Single(draft.Protocol.Items[0].Decisions), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddEditRemove_Items_NumbersFollowTheOrder()
    {
        var meeting = await January23Async();
        await Agenda.AddAsync(meeting.Id, new AgendaItemInput("Mötets öppnande"), null, CancellationToken.None);
        await Agenda.AddAsync(meeting.Id, new AgendaItemInput("Övrigt"), null, CancellationToken.None);
        await Agenda.AddAsync(meeting.Id, new AgendaItemInput(" Budget ", "Förslag.", ["Anna Andersson"]), 2, CancellationToken.None);

        await Agenda.EditAsync(meeting.Id, 2, new AgendaItemInput("Budget 2027", "Förslag.", ["Anna Andersson"], ["Bilaga 1"]), CancellationToken.None);
        var final = await Agenda.RemoveAsync(meeting.Id, 1, CancellationToken.None);

        Assert.Equal([(1, "Budget 2027"), (2, "Övrigt")], final.Agenda.Select(i => (i.Number, i.Title)));
        Assert.Equal(["Anna Andersson"], final.Agenda[0].Presenters);
        Assert.Equal(["Bilaga 1"], final.Agenda[0].Attachments);
    }

    [Fact]
    public async Task RemoveAsync_NumberOutOfRange_DomainExceptionNamingTheRange()
    {
        var meeting = await January23Async();
        await Agenda.AddAsync(meeting.Id, new AgendaItemInput("Övrigt"), null, CancellationToken.None);

        var error = await Assert.ThrowsAsync<DomainException>(() => Agenda.RemoveAsync(meeting.Id, 4, CancellationToken.None));

        Assert.Equal("the agenda has no item 4: items are numbered 1 to 1", error.Message);
    }

    [Fact]
    public async Task AddAsync_EmptyTitle_DomainException()
    {
        var meeting = await January23Async();

        await Assert.ThrowsAsync<DomainException>(() => Agenda.AddAsync(meeting.Id, new AgendaItemInput("  "), null, CancellationToken.None));
    }
}

public sealed class SqliteAgendaServiceTests : AgendaServiceTests<SqliteTestDatabase>;

public sealed class PostgresAgendaServiceTests : AgendaServiceTests<PostgresTestDatabase>;
