using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Authentication;
using MeetingBot.BotFramework.Hosting;
using MeetingBot.Core.Meetings;
using MeetingBot.Meetings;
using MeetingBot.Outlook;

namespace MeetingBot.Tests.Outlook;

/// <summary>The task pane's API over real HTTP, with real development-issuer tokens and the real attendance rules.</summary>
public sealed class OutlookApiTests(OutlookHost host) : IClassFixture<OutlookHost>
{
    private string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<JsonObject> JsonAsync(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    [Fact]
    public async Task GetMeeting_RosterMembersToken_ShowsTheAgendaAndTheMember()
    {
        var token = await host.TokenAsync(OutlookHost.KristinaOid);

        using var response = await host.SendAsync(HttpMethod.Get, $"{OutlookApi.MeetingRoute}?date={Date(host.UpcomingDate)}", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await JsonAsync(response);
        Assert.Equal(host.UpcomingId, (int)view["meetingId"]!);
        Assert.True((bool)view["open"]!);
        Assert.Equal(["Mötets öppnande", "Idrottsgalan 2026"], view["agenda"]!.AsArray().Select(i => (string)i!["title"]!));
        Assert.Equal("Kristina Magnusson", (string)view["member"]!["name"]!);
        Assert.StartsWith(StockholmWeekday(host.UpcomingDate), (string)view["when"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMeeting_NoToken_Returns401WithBearerChallenge()
    {
        using var response = await host.SendAsync(HttpMethod.Get, $"{OutlookApi.MeetingRoute}?date={Date(host.UpcomingDate)}", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task GetMeeting_TokenSignedByAnotherKey_Returns401()
    {
        using var stranger = new DevelopmentIssuer(TimeProvider.System);
        var forged = stranger.CreateUserToken(OutlookOptions.DevelopmentAudience, new Dictionary<string, object> { ["oid"] = OutlookHost.KristinaOid });

        using var response = await host.SendAsync(HttpMethod.Get, $"{OutlookApi.MeetingRoute}?date={Date(host.UpcomingDate)}", forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetMeeting_BotConnectorToken_Returns401BecauseTheAudienceIsTheBot()
    {
        var botToken = host.Service<DevelopmentIssuer>().CreateToken(BotOptions.DevelopmentAppId, "http://127.0.0.1:1/");

        using var response = await host.SendAsync(HttpMethod.Get, $"{OutlookApi.MeetingRoute}?date={Date(host.UpcomingDate)}", botToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetMeeting_CallerNotOnRoster_Returns403WithAPoliteSwedishRefusal()
    {
        var token = await host.TokenAsync(OutlookHost.StrangerOid);

        using var response = await host.SendAsync(HttpMethod.Get, $"{OutlookApi.MeetingRoute}?date={Date(host.UpcomingDate)}", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(OutlookTexts.NotOnRoster, (string)(await JsonAsync(response))["detail"]!);
    }

    [Theory]
    [InlineData("2031-02-30", HttpStatusCode.BadRequest)]
    [InlineData("23 januari", HttpStatusCode.BadRequest)]
    [InlineData("2031-02-28", HttpStatusCode.NotFound)]
    public async Task GetMeeting_BadOrEmptyDate_AnswersWithProblem(string date, HttpStatusCode expected)
    {
        var token = await host.TokenAsync(OutlookHost.KristinaOid);

        using var response = await host.SendAsync(HttpMethod.Get, $"{OutlookApi.MeetingRoute}?date={Uri.EscapeDataString(date)}", token);

        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((string?)(await JsonAsync(response))["detail"]));
    }

    [Fact]
    public async Task PostRsvp_AcceptThenDeclineWithSubstitute_LatestAnswerCounts()
    {
        var token = await host.TokenAsync(OutlookHost.TomasOid);

        using var accepted = await host.SendAsync(HttpMethod.Post, OutlookApi.RsvpRoute, token, new { meetingId = host.UpcomingId, answer = "accepted" });
        using var declined = await host.SendAsync(HttpMethod.Post, OutlookApi.RsvpRoute, token, new { meetingId = host.UpcomingId, answer = "declined", substitute = "Anna Höganäs", comment = "Krock med fullmäktige" });

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        var body = await JsonAsync(declined);
        Assert.Equal("recorded", (string)body["outcome"]!);
        Assert.Contains("Anna Höganäs som ersättare", (string)body["message"]!, StringComparison.Ordinal);
        var attendance = (await host.Service<AttendanceService>().GetAsync(host.UpcomingId, CancellationToken.None))!;
        var tomas = attendance.Members.Single(m => m.Member.Name == "Tomas Rikse").Answer!;
        Assert.Equal((AttendanceAnswer.Declined, "Anna Höganäs", "Krock med fullmäktige", ReplySource.Outlook), (tomas.Answer, tomas.SubstituteName, tomas.Comment, tomas.Source));
    }

    [Fact]
    public async Task PostRsvp_MemberNamedInTheBody_IsIgnoredForTheTokensMember()
    {
        var token = await host.TokenAsync(OutlookHost.KristinaOid);

        using var response = await host.SendAsync(HttpMethod.Post, OutlookApi.RsvpRoute, token,
            new { meetingId = host.UpcomingId, answer = "accepted", memberId = 2, oid = OutlookHost.TomasOid, member = "Tomas Rikse" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await JsonAsync(await host.SendAsync(HttpMethod.Get, $"{OutlookApi.MeetingRoute}?date={Date(host.UpcomingDate)}", token));
        Assert.Equal("accepted", (string)view["answer"]!["answer"]!);
        var attendance = (await host.Service<AttendanceService>().GetAsync(host.UpcomingId, CancellationToken.None))!;
        Assert.Equal(AttendanceAnswer.Accepted, attendance.Members.Single(m => m.Member.Name == "Kristina Magnusson").Answer!.Answer);
    }

    [Fact]
    public async Task PostRsvp_MeetingHasStarted_Returns409AndStoresNothing()
    {
        var token = await host.TokenAsync(OutlookHost.KristinaOid);

        using var response = await host.SendAsync(HttpMethod.Post, OutlookApi.RsvpRoute, token, new { meetingId = host.StartedId, answer = "declined" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("meetingStarted", (string)(await JsonAsync(response))["outcome"]!);
        var attendance = (await host.Service<AttendanceService>().GetAsync(host.StartedId, CancellationToken.None))!;
        Assert.All(attendance.Members, m => Assert.Null(m.Answer));
    }

    [Fact]
    public async Task PostRsvp_SubstituteFromAnotherOrganisation_Returns422()
    {
        var token = await host.TokenAsync(OutlookHost.KristinaOid);

        using var response = await host.SendAsync(HttpMethod.Post, OutlookApi.RsvpRoute, token, new { meetingId = host.UpcomingId, answer = "declined", substitute = "Tomas Rikse" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("invalidSubstitute", (string)(await JsonAsync(response))["outcome"]!);
    }

    [Fact]
    public async Task PostRsvp_UnknownAnswer_Returns400()
    {
        var token = await host.TokenAsync(OutlookHost.KristinaOid);

        using var response = await host.SendAsync(HttpMethod.Post, OutlookApi.RsvpRoute, token, new { meetingId = host.UpcomingId, answer = "tentative" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TaskPane_Get_ServesThePageItsScriptAndTheRibbonIcons()
    {
        using var page = await host.Client.GetAsync(new Uri("/outlook/taskpane.html", UriKind.Relative));
        var script = await host.Client.GetStringAsync(new Uri("/outlook/taskpane.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<script src=\"taskpane.js\"></script>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("https://appsforoffice.microsoft.com/lib/1/hosted/office.js", script, StringComparison.Ordinal);
        foreach (var size in new[] { 16, 32, 80 })
        {
            using var icon = await host.Client.GetAsync(new Uri($"/outlook/icon-{size}.png", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        }
    }

    private static string StockholmWeekday(DateOnly date) => Core.Cards.CardTexts.Swedish.Weekdays[(int)date.DayOfWeek];
}
