using System.Text.Encodings.Web;
using System.Text.Json;
using MeetingBot.Bot;
using MeetingBot.Calendar.Local;
using MeetingBot.Core.Calendar;
using MeetingBot.Core.Meetings;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.Bot;

/// <summary>
/// Where a meeting is held: a meeting without a place shows none, and <c>plats …</c> (secretariat only)
/// sets it on the stored meeting, the agenda card and page, the protocol draft and the calendar.
/// </summary>
public sealed class PlaceFlowTests
{
    private static readonly DateOnly January = new(2026, 1, 23);
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string? Text(ConnectorCall call) => (string?)call.Body?["text"];

    private static Task<FlowHost> StartAsync() =>
        FlowHost.StartWithSeriesAsync(new FakeTimeProvider(new DateTimeOffset(2026, 1, 12, 8, 0, 0, TimeSpan.Zero)), "--Scheduling:Enabled=false");

    [Fact]
    public async Task MeetingWithoutPlace_CardPageAndMyMeetings_ShowNoEmptyPlace()
    {
        await using var host = await StartAsync();
        await SetStoredPlaceAsync(host, null);

        await host.SayAsync(FlowHost.Kristina, "mina möten");
        var mine = await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Dina kommande möten", StringComparison.Ordinal) == true);
        await host.SayInChannelAsync(FlowHost.Secretary, "dagordning 23 januari");
        await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Dagordningen för", StringComparison.Ordinal) == true);
        var page = await (await host.GetAsync(new Uri(host.BaseAddress, "/agenda/2026-01-23"))).Content.ReadAsStringAsync();

        Assert.Contains("- 23 januari 2026 08:30: inte svarat", Text(mine), StringComparison.Ordinal);
        Assert.DoesNotContain(", :", Text(mine), StringComparison.Ordinal);
        var card = AgendaCardJson(host);
        Assert.Contains("\"title\":\"Tid\"", card, StringComparison.Ordinal);
        Assert.DoesNotContain("\"title\":\"Plats\"", card, StringComparison.Ordinal);
        Assert.DoesNotContain("<dt>Plats</dt>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetPlace_OneMeeting_ReachesStoredMeetingCardPageDraftAndCalendar()
    {
        await using var host = await StartAsync();
        await SetStoredPlaceAsync(host, null);

        await host.SayAsync(FlowHost.Secretary, "plats 23 januari: Stadshuset, Helsingborg");
        var reply = await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Platsen för", StringComparison.Ordinal) == true);
        await host.SayInChannelAsync(FlowHost.Secretary, "dagordning 23 januari");
        await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Dagordningen för", StringComparison.Ordinal) == true);
        var page = await (await host.GetAsync(new Uri(host.BaseAddress, "/agenda/2026-01-23"))).Content.ReadAsStringAsync();

        Assert.Equal("Platsen för mötet 23 januari 2026 är nu Stadshuset, Helsingborg. Dagordningen, protokollutkastet och kallelserna i kalendern visar den nu.", Text(reply));
        var meetings = await host.Services.GetRequiredService<MeetingService>().ListAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), CancellationToken.None);
        Assert.Equal("Stadshuset, Helsingborg", meetings.Single(m => m.Date == January).Location);
        Assert.All(meetings.Where(m => m.Date != January), m => Assert.NotEqual("Stadshuset, Helsingborg", m.Location));
        Assert.Contains("{\"title\":\"Plats\",\"value\":\"Stadshuset, Helsingborg\"}", AgendaCardJson(host), StringComparison.Ordinal);
        Assert.Contains("<dd>Stadshuset, Helsingborg</dd>", page, StringComparison.Ordinal);
        Assert.Equal("Stadshuset, Helsingborg", (await DraftAsync(host)).Protocol.Location);
        var events = await host.Services.GetRequiredService<LocalSeriesCalendar>().RowsAsync(SeriesDefinition.IdForYear(2026), CancellationToken.None);
        var january = events.Single(e => e.Date == January);
        Assert.Equal("Stadshuset, Helsingborg", january.Location);
        Assert.Equal(1, january.Sequence);
    }

    [Fact]
    public async Task SetPlace_AfterTheAgendaIsPosted_UpdatesTheChannelCardAndPersonalCopies()
    {
        await using var host = await StartAsync();
        await host.SayInChannelAsync(FlowHost.Secretary, "dagordning 23 januari");
        await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Dagordningen för", StringComparison.Ordinal) == true);

        await host.SayAsync(FlowHost.Secretary, "plats 23 januari: Stadshuset, Helsingborg");
        await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Platsen för", StringComparison.Ordinal) == true);

        foreach (var conversation in new[] { FlowHost.ChannelId, FlowHost.Kristina.PersonalChatId })
        {
            var updated = await host.Teams.WaitForAsync(
                c => c.Method == "PUT" && c.Path.Contains(conversation, StringComparison.Ordinal)
                    && c.Body!["attachments"]![0]!["content"]!.ToJsonString(Readable).Contains("{\"title\":\"Plats\",\"value\":\"Stadshuset, Helsingborg\"}", StringComparison.Ordinal),
                TimeSpan.FromSeconds(5));
            Assert.NotNull(updated);
        }
    }

    [Fact]
    public async Task SetPlace_WholeSeries_SetsEveryMeetingOfTheYear()
    {
        await using var host = await StartAsync();

        await host.SayAsync(FlowHost.Secretary, "plats alla möten 2026: Stadshuset, Helsingborg");
        var reply = await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Platsen för", StringComparison.Ordinal) == true);

        Assert.StartsWith("Platsen för alla 10 möten 2026 är nu Stadshuset, Helsingborg.", Text(reply), StringComparison.Ordinal);
        var meetings = await host.Services.GetRequiredService<MeetingService>().ListAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), CancellationToken.None);
        Assert.Equal(10, meetings.Count);
        Assert.All(meetings, m => Assert.Equal("Stadshuset, Helsingborg", m.Location));
        var events = await host.Services.GetRequiredService<LocalSeriesCalendar>().RowsAsync(SeriesDefinition.IdForYear(2026), CancellationToken.None);
        Assert.All(events, e => Assert.Equal("Stadshuset, Helsingborg", e.Location));
    }

    [Fact]
    public async Task SetPlace_WholeSeriesBeforeItIsCreated_TheInvitationsCarryThePlaceWhenItIs()
    {
        await using var host = await FlowHost.StartWithoutMeetingsAsync(
            new FakeTimeProvider(new DateTimeOffset(2026, 1, 12, 8, 0, 0, TimeSpan.Zero)), "--Scheduling:Enabled=false");

        await host.SayAsync(FlowHost.Secretary, "plats alla möten 2026: Stadshuset, Helsingborg");
        var reply = await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Platsen för", StringComparison.Ordinal) == true);
        Assert.Contains("10 av mötena finns inte i kalendern ännu; deras kallelser får platsen när mötesserien skapas.", Text(reply), StringComparison.Ordinal);

        await host.Services.GetRequiredService<MeetingService>().CreateSeriesAsync(2026, CancellationToken.None);

        var events = await host.Services.GetRequiredService<LocalSeriesCalendar>().RowsAsync(SeriesDefinition.IdForYear(2026), CancellationToken.None);
        Assert.Equal(10, events.Count);
        Assert.All(events, e => Assert.Equal("Stadshuset, Helsingborg", e.Location));
    }

    [Fact]
    public async Task SetPlace_ByAMember_IsRefusedAndChangesNothing()
    {
        await using var host = await StartAsync();
        var before = await host.Services.GetRequiredService<MeetingService>().FindByDateAsync(January, CancellationToken.None);

        await host.SayAsync(FlowHost.Kristina, "plats 23 januari: Stadshuset, Helsingborg");
        var reply = await host.Teams.WaitForAsync(c => Text(c)?.Contains("till för sekretariatet", StringComparison.Ordinal) == true);

        Assert.Equal(BotReplies.Swedish.SecretariatOnly, Text(reply));
        var after = await host.Services.GetRequiredService<MeetingService>().FindByDateAsync(January, CancellationToken.None);
        Assert.Equal(before!.Location, after!.Location);
        Assert.NotEqual("Stadshuset, Helsingborg", after.Location);
        var events = await host.Services.GetRequiredService<LocalSeriesCalendar>().RowsAsync(SeriesDefinition.IdForYear(2026), CancellationToken.None);
        Assert.All(events, e => Assert.Equal(0, e.Sequence));
    }

    [Fact]
    public async Task Help_ListsThePlaceCommand()
    {
        await using var host = await StartAsync();

        await host.SayAsync(FlowHost.Kristina, "hjälp");

        var reply = await host.Teams.WaitForAsync(c => Text(c)?.Contains("mina möten", StringComparison.Ordinal) == true);
        Assert.Contains("plats 23 januari: Stadshuset, Helsingborg", Text(reply), StringComparison.Ordinal);
        Assert.Contains("plats alla möten 2026:", Text(reply), StringComparison.Ordinal);
    }

    /// <summary>As when the deciding paragraph names no place: the meetings have none stored.</summary>
    private static async Task SetStoredPlaceAsync(FlowHost host, string? place)
    {
        await using var db = host.Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContext();
        await db.Meetings.ExecuteUpdateAsync(s => s.SetProperty(m => m.Location, place));
    }

    private static async Task<ProtocolDraft> DraftAsync(FlowHost host)
    {
        var meeting = await host.Services.GetRequiredService<MeetingService>().FindByDateAsync(January, CancellationToken.None);
        return await host.Services.GetRequiredService<ProtocolDraftService>().GetAsync(meeting!.Id, CancellationToken.None);
    }

    /// <summary>The agenda card as posted to the channel.</summary>
    private static string AgendaCardJson(FlowHost host) =>
        host.Teams.Calls.Last(c => c.Method == "POST" && c.Path.Contains(FlowHost.ChannelId, StringComparison.Ordinal) && c.Body?["attachments"] is not null)
            .Body!["attachments"]![0]!["content"]!.ToJsonString(Readable);
}
