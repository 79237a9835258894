using MeetingBot.Core;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Decisions;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Protocols;
using MeetingBot.Meetings;
using MeetingBot.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Tests.Meetings;

public abstract class ProtocolDraftServiceTests<TDatabase> : MeetingTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly DateTimeOffset Monday = new(2026, 1, 19, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The 23 January 2026 meeting with the seed's agenda; Kristina comes, Tomas sends apologies with Per from Klippan.</summary>
    private async Task<Meeting> AnsweredMeetingAsync()
    {
        var meeting = await January23Async();
        await Agenda.ReplaceAsync(meeting.Id, SeedAgenda.Text, CancellationToken.None);
        await Attendance.RecordAsync(meeting.Id, await MemberIdAsync("Kristina Magnusson"), AttendanceAnswer.Accepted, null, null, ReplySource.Teams, Monday, CancellationToken.None);
        await Attendance.RecordAsync(meeting.Id, await MemberIdAsync("Tomas Rikse"), AttendanceAnswer.Declined, "Per Persson", "Krockar med KF", ReplySource.Teams, Monday, CancellationToken.None);
        return meeting;
    }

    [Fact]
    public async Task GetAsync_SeedAgendaAndTwoAnswers_ListsPresentSubstituteAndApologies()
    {
        var meeting = await AnsweredMeetingAsync();

        var draft = await Drafts.GetAsync(meeting.Id, CancellationToken.None);

        Assert.Equal(DraftState.Draft, draft.State);
        Assert.Equal(
            [new Participant("Kristina Magnusson", "Bjuv"), new Participant("Per Persson", "Klippan (ersättare för Tomas Rikse)")],
            draft.Protocol.Present);
        Assert.Equal([new Participant("Tomas Rikse", "Klippan")], draft.Protocol.Absent);
        Assert.Equal(Seed.Items.Select(i => i.Title), draft.Protocol.Items.Select(i => i.Title));
        Assert.Equal((1, 2026), (draft.Protocol.Number, draft.Protocol.Year));
    }

    [Fact]
    public async Task GetAsync_AnswerChanges_DraftRegenerated()
    {
        var meeting = await AnsweredMeetingAsync();
        await Drafts.GetAsync(meeting.Id, CancellationToken.None);

        await Attendance.RecordAsync(meeting.Id, await MemberIdAsync("Kristina Magnusson"), AttendanceAnswer.Declined, null, null, ReplySource.Outlook, Monday.AddDays(1), CancellationToken.None);

        var draft = await Drafts.GetAsync(meeting.Id, CancellationToken.None);
        // Roster order: by organisation, Bjuv before Klippan.
        Assert.Equal(["Kristina Magnusson", "Tomas Rikse"], draft.Protocol.Absent.Select(p => p.Name));
        Assert.Equal(["Per Persson"], draft.Protocol.Present.Select(p => p.Name));
    }

    [Fact]
    public async Task SetDecisionsAsync_Item7_DraftSaysMotetBeslutarWithTheClauses()
    {
        var meeting = await AnsweredMeetingAsync();

        var draft = await Drafts.SetDecisionsAsync(meeting.Id, 7, ["tacka för informationen", "att återkomma i höst"], CancellationToken.None);
        var markdown = System.Text.Encoding.UTF8.GetString((await Drafts.RenderAsync(meeting.Id, ProtocolFormat.Markdown, CancellationToken.None)).Content);

        Assert.Equal(["att tacka för informationen", "att återkomma i höst"], draft.Protocol.Items[6].Decisions);
        Assert.Contains("Mötet beslutar", markdown, StringComparison.Ordinal);
        Assert.Contains("att återkomma i höst", markdown, StringComparison.Ordinal);
        Assert.Contains("Per Persson, Klippan (ersättare för Tomas Rikse)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FinaliseAsync_First2026Protocol_Nr1Of2026StoredAndItsDecisionsInTheRegister()
    {
        var meeting = await AnsweredMeetingAsync();
        await Drafts.SetDecisionsAsync(meeting.Id, 7, ["att ställa sig bakom en regional idrottsgala"], CancellationToken.None);

        var final = await Drafts.FinaliseAsync(meeting.Id, CancellationToken.None);

        Assert.Equal((DraftState.Finalised, 1, 2026), (final.State, final.Protocol.Number, final.Protocol.Year));
        var stored = (await Protocols.ListAsync(CancellationToken.None)).SingleOrDefault(p => p.Number == 1 && p.Year == 2026);
        Assert.Equal(final.Protocol.Present, stored!.Present);
        var register = DecisionRegister.Build(await Protocols.ListAsync(CancellationToken.None));
        var hit = register.Search("Vad beslutades om idrottsgalan?")[0];
        Assert.Equal(("1/2026", 7), (hit.Entry.ProtocolReference, hit.Entry.ItemNumber));
    }

    [Fact]
    public async Task FinaliseAsync_2026ProtocolsAlreadyStored_ContinuesAfterTheHighest()
    {
        var meeting = await AnsweredMeetingAsync();
        await Protocols.SaveAsync(Seed with { Number = 3, Year = 2026, Date = new DateOnly(2026, 1, 2) }, CancellationToken.None);

        var final = await Drafts.FinaliseAsync(meeting.Id, CancellationToken.None);

        Assert.Equal("Protokoll nr 4 2026", $"Protokoll nr {final.Protocol.Number} {final.Protocol.Year}");
    }

    [Fact]
    public async Task FinaliseAsync_Twice_SameProtocolAndOneStored()
    {
        var meeting = await AnsweredMeetingAsync();
        var first = await Drafts.FinaliseAsync(meeting.Id, CancellationToken.None);

        var second = await Drafts.FinaliseAsync(meeting.Id, CancellationToken.None);

        Assert.Equal(first.Protocol.Reference, second.Protocol.Reference);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.Protocols.CountAsync(p => p.MeetingId == meeting.Id));
    }

    [Fact]
    public async Task FinaliseAsync_TwoMeetingsConcurrently_DifferentNumbers()
    {
        var meeting = await AnsweredMeetingAsync();
        var february = (await Meetings.FindByDateAsync(new DateOnly(2026, 2, 27), CancellationToken.None))!;

        var finals = await Task.WhenAll(
            Drafts.FinaliseAsync(meeting.Id, CancellationToken.None), Drafts.FinaliseAsync(february.Id, CancellationToken.None));

        Assert.Equal([1, 2], finals.Select(f => f.Protocol.Number).Order());
    }

    [Fact]
    public async Task Finalised_LaterAnswersAndDecisions_DoNotChangeIt()
    {
        var meeting = await AnsweredMeetingAsync();
        var final = await Drafts.FinaliseAsync(meeting.Id, CancellationToken.None);

        await Attendance.RecordAsync(meeting.Id, await MemberIdAsync("Elin Ask"), AttendanceAnswer.Accepted, null, null, ReplySource.Teams, Monday.AddDays(1), CancellationToken.None);
        await Assert.ThrowsAsync<DomainException>(() => Drafts.SetDecisionsAsync(meeting.Id, 2, ["att tacka"], CancellationToken.None));
        await Assert.ThrowsAsync<DomainException>(() => Agenda.RemoveAsync(meeting.Id, 2, CancellationToken.None));

        var read = await Drafts.GetAsync(meeting.Id, CancellationToken.None);
        Assert.Equal(DraftState.Finalised, read.State);
        Assert.Equal(final.Protocol.Present, read.Protocol.Present);
    }

    [Fact]
    public async Task RenderAsync_FinalisedAsDocx_NamedByNumber()
    {
        var meeting = await AnsweredMeetingAsync();
        await Drafts.FinaliseAsync(meeting.Id, CancellationToken.None);

        var docx = await Drafts.RenderAsync(meeting.Id, ProtocolFormat.Docx, CancellationToken.None);

        Assert.Equal(("protokoll-nr-1-2026.docx", RenderedProtocol.DocxContentType), (docx.FileName, docx.ContentType));
        Assert.Equal((byte)'P', docx.Content[0]);
    }
}

public sealed class SqliteProtocolDraftServiceTests : ProtocolDraftServiceTests<SqliteTestDatabase>;

public sealed class PostgresProtocolDraftServiceTests : ProtocolDraftServiceTests<PostgresTestDatabase>;
