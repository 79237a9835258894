using MeetingBot.Core;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling;
using MeetingBot.Scheduling.Storage;
using MeetingBot.Tests.Storage;
using MeetingBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.Scheduling;

public sealed class ScheduleServiceTests : StorageTests<SqliteTestDatabase>
{
    private ScheduleService Service => NewService(Factory, Clock, new SchedulingOptions());

    /// <summary>The chat schedule service over <paramref name="factory"/>'s database, with no job handlers.</summary>
    internal static ScheduleService NewService(IDbContextFactory<MeetingBotDbContext> factory, TimeProvider clock, SchedulingOptions options)
    {
        var store = new JobStore(factory, new SqliteWriteGate());
        var meetings = new MeetingSource(factory);
        var planner = new SchedulePlanner(meetings, store, Options.Create(options), new ScheduledJobHandlers([]), clock);
        return new ScheduleService(meetings, store, planner, clock);
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ScheduleSeed.AddMeetingAsync(Factory, new DateOnly(2026, 1, 27), agendaItems: 2);
    }

    [Fact]
    public async Task HandleAsync_Schema_ListsTheJobsInStockholmTime()
    {
        var reply = await Service.HandleAsync(ScheduleCommandParser.Parse("schema 27 januari")!, CardLanguage.Swedish, CancellationToken.None);

        Assert.Equal(
            """
            Schema för mötet 27 januari 2026:
            - Påminnelse om tom dagordning: 17 januari 2026 kl. 09:00 (planerad)
            - Dagordningen skickas: 20 januari 2026 kl. 09:00 (planerad)
            - Påminnelse till dem som inte svarat: 25 januari 2026 kl. 09:00 (planerad)
            - Protokollutkastet erbjuds: 27 januari 2026 kl. 12:00 (planerad)
            """.ReplaceLineEndings("\n"),
            reply);
    }

    [Fact]
    public async Task HandleAsync_SchemaForAnEnglishReader_IsEnglishThroughout()
    {
        var reply = await Service.HandleAsync(ScheduleCommandParser.Parse("schema 27 januari")!, CardLanguage.English, CancellationToken.None);

        Assert.Equal(
            """
            Schedule for the meeting on 27 January 2026:
            - Reminder about an empty agenda: 17 January 2026 at 09:00 (planned)
            - The agenda is sent: 20 January 2026 at 09:00 (planned)
            - Reminder to those who have not answered: 25 January 2026 at 09:00 (planned)
            - The protocol draft is offered: 27 January 2026 at 12:00 (planned)
            """.ReplaceLineEndings("\n"),
            reply);
    }

    [Fact]
    public async Task HandleAsync_MoveReminder_MovesItToTheNewLocalTime()
    {
        var reply = await Service.HandleAsync(ScheduleCommandParser.Parse("flytta påminnelse 27 januari till 23 januari 10:00")!, CardLanguage.Swedish, CancellationToken.None);

        Assert.Equal("Påminnelse till dem som inte svarat för mötet 27 januari 2026: flyttad till 23 januari 2026 kl. 10:00.", reply);
        var (_, lines) = await Service.ListForMeetingAsync(new(27, 1, null), CancellationToken.None);
        Assert.Equal(new DateTimeOffset(2026, 1, 23, 9, 0, 0, TimeSpan.Zero), lines.Single(l => l.Kind == JobKind.RemindUnanswered).DueLocal.ToUniversalTime());
    }

    [Fact]
    public async Task MoveAsync_IntoThePast_IsRefusedInSwedish()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => Service.MoveAsync(JobKind.RemindUnanswered, new(27, 1, null), new(19, 1, null), new TimeOnly(10, 0), CancellationToken.None));

        Assert.Equal("19 januari 2026 kl. 10:00 har redan passerat.", error.Message);
    }

    [Fact]
    public async Task ListForMeetingAsync_NoMeetingThatDay_IsRefusedInSwedish()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => Service.ListForMeetingAsync(new(28, 1, null), CancellationToken.None));

        Assert.Equal("Jag hittar inget möte den 28/1.", error.Message);
    }
}
