using System.Net;
using System.Security.Cryptography;
using MeetingBot.Bot.Downloads;
using MeetingBot.Calendar;
using MeetingBot.Calendar.Ics;
using MeetingBot.Core.Calendar;
using MeetingBot.Hosting;
using MeetingBot.Storage;
using MeetingBot.Tests.Calendar.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.Calendar.Ics;

/// <summary>
/// The members' .ics feed: anyone holding a member's link may fetch it (a calendar subscription cannot
/// sign in); anyone without one, the same 404 whether or not the member exists.
/// </summary>
public sealed class SeriesIcsEndpointTests : IAsyncLifetime
{
    private const string Bo = "bo.berg@hoganas.se";
    private const string Anna = "anna.andersson@helsingborg.se";

    private readonly string data = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N"), "data");
    private WebApplication app = null!;
    private HttpClient client = null!;

    private CalendarFeedLinks Links => app.Services.GetRequiredService<CalendarFeedLinks>();

    public async Task InitializeAsync()
    {
        app = MeetingBotHost.Build(["--urls", "http://127.0.0.1:0", $"--Storage:DataDirectory={data}"]);
        await app.StartAsync();
        client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        await app.Services.GetRequiredService<RosterStore>().UpsertAsync(Series2026.Definition.Attendees, CancellationToken.None);
        await app.Services.GetRequiredService<ISeriesCalendar>().CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);
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
    public async Task GetIcs_MembersOwnLink_CalendarFileWithTenEvents()
    {
        var link = Links.PathFor(2026, await IdOfAsync(Bo), Bo);

        using var response = await client.GetAsync(new Uri(link, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(10, calendar.Events.Count);
        Assert.Equal("REQUEST", calendar.Method);
        Assert.DoesNotContain("@", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetIcs_UnknownMemberOrBadToken_ByteIdentical404SayingNothingAboutMembership()
    {
        var bo = await IdOfAsync(Bo);
        var token = Token(Links.PathFor(2026, bo, Bo));
        var wrong = (token[0] == 'A' ? "B" : "A") + token[1..];

        var answers = new List<(HttpStatusCode Status, string? Type, byte[] Body)>();
        foreach (var path in new[]
        {
            $"/series/2026/members/{bo}/calendar.ics?token={wrong}",                     // a real member, a wrong token
            $"/series/2026/members/{bo}/calendar.ics",                                  // a real member, no token
            $"/series/2026/members/{await IdOfAsync(Anna)}/calendar.ics?token={token}", // another member's token
            $"/series/2026/members/99999/calendar.ics?token={token}",                   // nobody
            $"/series/2026/members/{Uri.EscapeDataString(Bo)}/calendar.ics?token={token}", // an email where the id goes
        })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            answers.Add((response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsByteArrayAsync()));
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a.Status));
        Assert.All(answers, a => Assert.Equal(answers[0].Type, a.Type));
        Assert.All(answers, a => Assert.Equal(answers[0].Body, a.Body));
        var text = System.Text.Encoding.UTF8.GetString(answers[0].Body);
        Assert.DoesNotContain("Bo Berg", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Bo, text, StringComparison.Ordinal);
        Assert.Contains("min kalender", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetIcs_OldEmailAddressedFeed_AnswersNothingAboutTheMember()
    {
        using var member = await client.GetAsync(new Uri($"/series/2026/calendar.ics?member={Bo}", UriKind.Relative));
        using var stranger = await client.GetAsync(new Uri("/series/2026/calendar.ics?member=nobody@x.se", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, member.StatusCode);
        Assert.Equal(await stranger.Content.ReadAsByteArrayAsync(), await member.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain("Bo Berg", await member.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetIcs_TokenForAnotherYear_404()
    {
        var bo = await IdOfAsync(Bo);
        var token = Token(Links.PathFor(2027, bo, Bo));

        using var response = await client.GetAsync(new Uri($"/series/2026/members/{bo}/calendar.ics?token={token}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetIcs_LinkFromBeforeTheKeyWasRotated_404()
    {
        var bo = await IdOfAsync(Bo);
        var before = Signer(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))).PathFor(2026, bo, Bo);
        var after = Signer(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        Assert.False(after.IsValid(2026, bo, Bo, Token(before)));
        Assert.True(after.IsValid(2026, bo, Bo, Token(after.PathFor(2026, bo, Bo))));
    }

    [Fact]
    public async Task GetIcs_DownloadKeyRotatedWithoutAFeedKey_OldLinkRevoked()
    {
        var bo = await IdOfAsync(Bo);
        var before = Signer(null, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))).PathFor(2026, bo, Bo);
        var after = Signer(null, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        Assert.False(after.IsValid(2026, bo, Bo, Token(before)));
    }

    [Theory]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64 at all!")]
    public async Task Start_FeedKeyTooShortOrNotBase64_FailsNamingTheKey(string key)
    {
        await using var other = MeetingBotHost.Build(["--urls", "http://127.0.0.1:0", $"--Storage:DataDirectory={data}-other", $"--Calendar:FeedLinkKey={key}"]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => other.StartAsync());

        Assert.Contains("Calendar:FeedLinkKey must be base64 of at least 32 random bytes", error.Message, StringComparison.Ordinal);
    }

    private CalendarFeedLinks Signer(string? feedKey, string? downloadKey = null) => new(
        Options.Create(new SeriesCalendarOptions { FeedLinkKey = feedKey }),
        Options.Create(new DownloadLinkOptions { DownloadLinkKey = downloadKey }),
        app.Services.GetRequiredService<PublicAddress>());

    private static string Token(string path) => path[(path.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..];

    private async Task<int> IdOfAsync(string email) =>
        await app.Services.GetRequiredService<RosterStore>().FindIdAsync(email, CancellationToken.None) ?? throw new InvalidOperationException(email);
}
