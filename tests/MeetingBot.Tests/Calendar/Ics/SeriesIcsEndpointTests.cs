using System.Net;
using MeetingBot.Core.Calendar;
using MeetingBot.Hosting;
using MeetingBot.Storage;
using MeetingBot.Tests.Calendar.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Calendar.Ics;

public sealed class SeriesIcsEndpointTests : IAsyncLifetime
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N"), "data");
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        app = MeetingBotHost.Build(["--urls", "http://127.0.0.1:0", $"--Storage:DataDirectory={data}"]);
        await app.StartAsync();
        client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        await app.Services.GetRequiredService<RosterStore>().UpsertAsync(Series2026.Definition.Attendees, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(data)!, recursive: true);
    }

    [Fact]
    public async Task GetIcs_MemberOfCreatedSeries_CalendarFileWithTenEvents()
    {
        await app.Services.GetRequiredService<ISeriesCalendar>().CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);

        using var response = await client.GetAsync(new Uri("/series/2026/calendar.ics?member=bo.berg@hoganas.se", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(10, calendar.Events.Count);
        Assert.Equal("REQUEST", calendar.Method);
    }

    [Fact]
    public async Task GetIcs_UnknownMember_404WithProblem()
    {
        using var response = await client.GetAsync(new Uri("/series/2026/calendar.ics?member=nobody@x.se", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no member with the email nobody@x.se", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetIcs_NoMember_400()
    {
        using var response = await client.GetAsync(new Uri("/series/2026/calendar.ics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
