using System.Globalization;
using System.Text.Json.Nodes;
using MeetingBot.Calendar;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Series;
using MeetingBot.Meetings;
using MeetingBot.Scheduling;
using MeetingBot.Storage;
using MeetingBot.Tests.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.Bot;

/// <summary>One post to the fake Teams: when, to whom ("channel" or the member's name), its text and card; a reply is the bot answering a message, not a job.</summary>
internal sealed record YearPost(DateTimeOffset At, string To, string Text, JsonNode? Attachments, bool Reply)
{
    public string Line => $"{StockholmTime.ToLocal(At).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {To}: {Text}";
}

/// <summary>
/// 2026 as the scheduler lives it, run once for the tests that read it: the real host with its real
/// Teams handlers on a fake clock, the series §9 of the seed protocol decided (08:30–13:00 on ten
/// dates), agendas on all meetings but 22 May and 21 August. On 16 January, after the agenda, Kristina
/// accepts on her scheduled copy and Tomas declines in Outlook; on 11 August, after the empty-agenda
/// reminder, the secretariat fills that meeting's agenda; on 18 September it moves the reminder of
/// 25 September in chat; on 23 October it moves the 20 November meeting to 27 November and cancels
/// 11 December (as <c>series move</c> and <c>series cancel</c> do). The clock goes from one due job to the next.
/// </summary>
public sealed class ScheduledYearRun : IAsyncLifetime
{
    internal static readonly TeamsUser[] Members = [FlowHost.Secretary, FlowHost.Kristina, FlowHost.Tomas, FlowHost.Asa];
    internal static readonly DateOnly January = new(2026, 1, 23);
    internal static readonly DateOnly EmptyMay = new(2026, 5, 22);
    internal static readonly DateOnly FilledLateAugust = new(2026, 8, 21);
    internal static readonly DateOnly MovedNovember = new(2026, 11, 27);

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly List<YearPost> posts = [];
    private FlowHost host = null!;
    private int seen;

    internal IReadOnlyList<YearPost> Posts => posts;

    internal IServiceProvider Services => host.Services;

    public async Task InitializeAsync()
    {
        // The scheduler's own timer stays off: the run ticks it, so nothing waits for real time.
        host = await FlowHost.StartWithSeriesAsync(clock, "--Scheduling:Enabled=false", "--Logging:LogLevel:Default=Warning");

        // The bot has been in the team channel once; that is where it knows the team from.
        await host.SayInChannelAsync(FlowHost.Secretary, "hej");
        await host.Teams.WaitForAsync(c => (string?)c.Body?["text"] is { } text && text.StartsWith("Hej!", StringComparison.Ordinal));
        seen = host.Teams.Calls.Count;

        foreach (var meeting in await Get<MeetingService>().ListAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), CancellationToken.None))
        {
            if (meeting.Date == January)
            {
                await Get<AgendaService>().ReplaceAsync(meeting.Id, SeedFixture.Protocol.Items, CancellationToken.None);
            }
            else if (meeting.Date != EmptyMay && meeting.Date != FilledLateAugust)
            {
                await Get<AgendaService>().ReplaceAsync(meeting.Id, [.. SeedFixture.Protocol.Items.Take(3)], CancellationToken.None);
            }
        }

        await RunAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    internal T Get<T>()
        where T : notnull => host.Services.GetRequiredService<T>();

    private async Task RunAsync()
    {
        var afterTick = new Dictionary<string, Func<Task>>(StringComparer.Ordinal)
        {
            ["2026-01-16 08:30"] = AnswerJanuaryAsync,
            ["2026-08-11 08:30"] = FillAugustAgendaAsync,
            ["2026-09-18 08:30"] = MoveSeptemberReminderAsync,
            ["2026-10-23 13:00"] = MoveNovemberAndCancelDecemberAsync,
        };
        await FakeClockRun.UntilNoJobPendingAsync(Get<ScheduledJobRunner>(), Get<IDbContextFactory<MeetingBotDbContext>>(), clock, async () =>
        {
            Collect(reply: false);
            if (afterTick.Remove(StockholmTime.ToLocal(clock.GetUtcNow()).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), out var action))
            {
                await action();
                Collect(reply: true);
            }
        });
        Collect(reply: false);
        Assert.Empty(afterTick);
    }

    /// <summary>The new activities posted since the last call, stamped with the clock's time (it stands still during a tick).</summary>
    private void Collect(bool reply)
    {
        var calls = host.Teams.Calls.Skip(seen).ToList();
        seen += calls.Count;
        posts.AddRange(calls
            .Where(c => c.Method == "POST" && c.Path.Contains("/activities", StringComparison.Ordinal))
            .Select(c => new YearPost(clock.GetUtcNow(), Recipient(c.Path), (string?)c.Body?["text"] ?? string.Empty, c.Body?["attachments"], reply)));
    }

    private static string Recipient(string path)
    {
        const string conversations = "/v3/conversations/";
        var start = path.IndexOf(conversations, StringComparison.Ordinal) + conversations.Length;
        var conversation = path[start..path.IndexOf("/activities", StringComparison.Ordinal)];
        return conversation == FlowHost.ChannelId ? "channel" : Members.Single(m => m.PersonalChatId == conversation).Name;
    }

    private async Task AnswerJanuaryAsync()
    {
        var meeting = await Get<MeetingService>().FindByDateAsync(January, CancellationToken.None);
        var meetingId = meeting!.Id.ToString(CultureInfo.InvariantCulture);
        await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, CardVerbs.Accept, CardInputs.MeetingData(meetingId));
        await host.Teams.WaitForAsync(c => c.Method == "PUT" && c.Path.Contains(FlowHost.ChannelId, StringComparison.Ordinal)
            && c.Body?.ToJsonString().Contains("Svar: 1 kommer", StringComparison.Ordinal) == true);

        await using var db = await Get<IDbContextFactory<MeetingBotDbContext>>().CreateDbContextAsync();
        var tomas = await db.Members.SingleAsync(m => m.Name == FlowHost.Tomas.Name);
        var result = await Get<AttendanceService>().RecordAsync(
            meeting.Id, tomas.Id, AttendanceAnswer.Declined, null, null, ReplySource.Outlook, clock.GetUtcNow(), CancellationToken.None);
        Assert.Equal(AttendanceOutcome.Recorded, result.Outcome);
    }

    private async Task FillAugustAgendaAsync()
    {
        var meeting = await Get<MeetingService>().FindByDateAsync(FilledLateAugust, CancellationToken.None);
        await Get<AgendaService>().ReplaceAsync(meeting!.Id, [.. SeedFixture.Protocol.Items.Skip(6)], CancellationToken.None);
    }

    private async Task MoveSeptemberReminderAsync()
    {
        using var response = await host.SayAsync(FlowHost.Secretary, "flytta påminnelse 25 september till 22 september 10:00");
        Assert.True(response.IsSuccessStatusCode);
        await host.Teams.WaitForAsync(c => (string?)c.Body?["text"] is { } text && text.Contains("flyttad till", StringComparison.Ordinal));
    }

    private async Task MoveNovemberAndCancelDecemberAsync()
    {
        var series = Get<SeriesScheduler>();
        await series.MoveAsync(new DateOnly(2026, 11, 20), PlannedMeeting.At(MovedNovember, new TimeOnly(8, 30), new TimeOnly(13, 0)), CancellationToken.None);
        await series.CancelAsync(new DateOnly(2026, 12, 11), "Inställt", CancellationToken.None);
    }
}
