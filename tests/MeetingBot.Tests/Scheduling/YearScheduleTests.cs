using System.Globalization;
using MeetingBot.Core.Scheduling;
using MeetingBot.Core.Series;
using MeetingBot.Hosting;
using MeetingBot.Scheduling;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using MeetingBot.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.Scheduling;

/// <summary>
/// The real host under a fake clock, driven from one due job to the next through all of 2026,
/// with the service down for three days in December. Asserts every post: when (Stockholm time), where, what.
/// </summary>
public sealed class YearScheduleTests : IAsyncLifetime
{
    private static readonly DateTimeOffset DownFrom = new(2026, 12, 8, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset BackAt = StockholmTime.ToInstant(new DateOnly(2026, 12, 11), new TimeOnly(14, 0));

    private readonly SqliteTestDatabase database = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private RecordingConnector connector = null!;

    public async Task InitializeAsync()
    {
        await database.CreateAsync();
        await new StorageMigrator(database.Factory).MigrateAsync(CancellationToken.None);
        connector = await RecordingConnector.StartAsync();
        await ScheduleSeed.AddConversationsAsync(database.Factory, connector.ServiceUrl, ["19:channel@thread.tacv2", "19:secretariat@thread.tacv2", "a:member-1", "a:member-2"]);
        await ScheduleSeed.AddMeetingAsync(database.Factory, new DateOnly(2026, 1, 23), agendaItems: 2);
        await ScheduleSeed.AddMeetingAsync(database.Factory, new DateOnly(2026, 4, 2), agendaItems: 2);
        await ScheduleSeed.AddMeetingAsync(database.Factory, new DateOnly(2026, 6, 12), agendaItems: 0);
        await ScheduleSeed.AddMeetingAsync(database.Factory, new DateOnly(2026, 10, 30), agendaItems: 2);
        await ScheduleSeed.AddMeetingAsync(database.Factory, new DateOnly(2026, 12, 11), agendaItems: 1, new TimeOnly(13, 0), new TimeOnly(15, 0));
    }

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Runner_Whole2026UnderFakeClock_PostsEachJobAtItsLocalTimeAcrossDst()
    {
        var posts = await RunYearAsync();

        string[] channel = ["19:channel@thread.tacv2", "19:secretariat@thread.tacv2"];
        string[] members = ["a:member-1", "a:member-2"];
        string[] secretariat = ["19:secretariat@thread.tacv2"];
        var expected = new List<string>();
        void Add(string local, string kind, string meeting, string[] to) => expected.AddRange(to.Select(c => $"{local} {c} {kind} kdg/{meeting}"));
        Add("2026-01-16 09:00", "PostAgenda", "2026-01-23", channel);
        Add("2026-01-21 09:00", "RemindUnanswered", "2026-01-23", members);
        Add("2026-01-23 12:00", "OfferDraft", "2026-01-23", secretariat);
        Add("2026-03-26 09:00", "PostAgenda", "2026-04-02", channel); // winter time: 08:00Z; the meeting is in summer time
        Add("2026-03-31 09:00", "RemindUnanswered", "2026-04-02", members);
        Add("2026-04-02 12:00", "OfferDraft", "2026-04-02", secretariat);
        Add("2026-06-02 09:00", "RemindEmptyAgenda", "2026-06-12", secretariat); // no items: no agenda on 5 June
        Add("2026-06-10 09:00", "RemindUnanswered", "2026-06-12", members);
        Add("2026-06-12 12:00", "OfferDraft", "2026-06-12", secretariat);
        Add("2026-10-23 09:00", "PostAgenda", "2026-10-30", channel); // summer time: 07:00Z; the meeting is in winter time
        Add("2026-10-28 09:00", "RemindUnanswered", "2026-10-30", members);
        Add("2026-10-30 12:00", "OfferDraft", "2026-10-30", secretariat);
        Add("2026-12-04 13:00", "PostAgenda", "2026-12-11", channel);
        Add("2026-12-11 15:00", "OfferDraft", "2026-12-11", secretariat); // the 9 December reminder fell in the downtime
        Assert.Equal(expected.Order(), posts.Order());

        Assert.Contains(posts, p => p.StartsWith("2026-03-26 09:00", StringComparison.Ordinal));
        Assert.Equal(new DateTimeOffset(2026, 3, 26, 8, 0, 0, TimeSpan.Zero), StockholmTime.ToInstant(new DateOnly(2026, 3, 26), new TimeOnly(9, 0)).ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 10, 23, 7, 0, 0, TimeSpan.Zero), StockholmTime.ToInstant(new DateOnly(2026, 10, 23), new TimeOnly(9, 0)).ToUniversalTime());

        var dropped = await JobsAsync(JobState.Dropped);
        Assert.Contains(dropped, j => j.Kind == JobKind.RemindUnanswered && j.MeetingKey == "kdg/2026-12-11" && j.LastError == "the meeting has started");
        Assert.Contains(dropped, j => j.Kind == JobKind.PostAgenda && j.MeetingKey == "kdg/2026-06-12" && j.LastError == "the agenda has no items");
        Assert.Equal(4, dropped.Count(j => j.Kind == JobKind.RemindEmptyAgenda));
        Assert.Empty(await JobsAsync(JobState.Pending));
    }

    /// <summary>Ticks the runner at each next due time, stamping the posts of each tick with the clock's local time.</summary>
    private async Task<List<string>> RunYearAsync()
    {
        string[] args =
        [
            "--urls", "http://127.0.0.1:0", "--environment", "Development",
            .. database.Environment.Select(e => $"--{e.Key.Replace("__", ":", StringComparison.Ordinal)}={e.Value}"),
            "--Scheduling:Enabled=false",
        ];
        await using var app = MeetingBotHost.Build(args, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            // The text handlers stand in for the Teams ones: this test is about timing, not cards.
            services.RemoveAll<IScheduledJobHandler>().AddScheduledJobHandler<AgendaJobHandler>().AddScheduledJobHandler<ReminderJobHandler>()
                .AddScheduledJobHandler<EmptyAgendaJobHandler>().AddScheduledJobHandler<DraftJobHandler>();
        });
        await app.StartAsync();
        var posts = new List<string>();
        var seen = 0;
        await FakeClockRun.UntilNoJobPendingAsync(app.Services.GetRequiredService<ScheduledJobRunner>(), database.Factory, clock, () =>
        {
            var local = StockholmTime.ToLocal(clock.GetUtcNow()).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            posts.AddRange(connector.Posts.Skip(seen).Select(p => $"{local} {Uri.UnescapeDataString(p.ConversationId)} {p.Text}"));
            seen = connector.Posts.Count;
            return Task.CompletedTask;
        }, next => next >= DownFrom && next < BackAt ? BackAt : next);

        await app.StopAsync();
        return posts;
    }

    private async Task<List<ScheduledJobRow>> JobsAsync(JobState state)
    {
        await using var db = database.Factory.CreateDbContext();
        return await db.Set<ScheduledJobRow>().AsNoTracking().Where(j => j.State == state).ToListAsync();
    }
}
